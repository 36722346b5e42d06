package dev.atlasj.conformance;

import dev.atlasj.conformance.ConformanceCase.Setup;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The sqldef PostgreSQL cases: {@code index/sqldef-postgres.tsv} says which apply to PostgreSQL 15
 * without pgvector ({@code status_pg15}), the YAML files under {@code sqldef/postgres} hold their SQL.
 * Only {@code current}, {@code desired} and {@code user} matter here; sqldef's expected DDL and
 * output options do not, because the pass criterion is the state the database ends in.
 */
final class SqldefCases {

    private static final String INDEX = "index/sqldef-postgres.tsv";

    private SqldefCases() {
    }

    static List<ConformanceCase> read(Path suite) {
        Path index = suite.resolve(INDEX);
        Map<String, Map<String, Object>> files = new HashMap<>();
        Set<String> indexed = new HashSet<>();
        List<ConformanceCase> cases = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(index)) {
            String file = Tsv.cell(row, "file", index);
            String name = Tsv.cell(row, "case", index);
            String status = Tsv.cell(row, "status_pg15", index);
            Map<String, Object> yaml = files.computeIfAbsent(file, f -> yaml(suite.resolve("sqldef/postgres").resolve(f)));
            if (!(yaml.get(name) instanceof Map<?, ?> fields)) {
                throw new IllegalStateException(INDEX + " lists case " + name + ", which sqldef/postgres/" + file
                        + " does not hold");
            }
            indexed.add(file + "/" + name);
            Setup setup = fields.get("user") != null ? Setup.AS_PSQLDEF_USER : Setup.TARGET_KEEPS_START_SCHEMAS;
            String skip = status.startsWith("skip:") ? status.substring("skip:".length()) : null;
            cases.add(new ConformanceCase(Suite.SQLDEF_POSTGRES, file, name, List.of(text(fields.get("current"))),
                    text(fields.get("desired")), setup, skip));
        }
        files.forEach((file, yaml) -> yaml.keySet().stream()
                .filter(name -> !indexed.contains(file + "/" + name))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalStateException("sqldef/postgres/" + file + " holds case " + name
                            + ", which " + INDEX + " does not list; regenerate the index");
                }));
        return cases;
    }

    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> cases = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return cases == null ? Map.of() : cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
