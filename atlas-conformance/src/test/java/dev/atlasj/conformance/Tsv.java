package dev.atlasj.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated file whose first line names the columns; each later line is one row. */
final class Tsv {

    private Tsv() {
    }

    /** The rows of {@code file}, each a map from column name to cell; missing trailing cells are empty. */
    static List<Map<String, String>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException(file + " is empty; it should start with a header line");
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length > header.length) {
                throw new IllegalStateException(file + ":" + (i + 1) + " has " + cells.length + " cells, the header "
                        + header.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], c < cells.length ? cells[c] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The cell of {@code column}, which must exist in the file. */
    static String cell(Map<String, String> row, String column, Path file) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalStateException(file + " has no column " + column);
        }
        return value;
    }
}
