package dev.atlasj.diff;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@code kind:path=new} form of a {@link RenameHint}. */
final class RenameHintParser {

    private static final String FORMS = "table:SCHEMA.OLD=NEW, column:SCHEMA.TABLE.OLD=NEW or index:SCHEMA.TABLE.OLD=NEW";

    private RenameHintParser() {
    }

    static RenameHint parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw invalid(text, "it does not start with table:, column: or index:");
        }
        String kind = text.substring(0, colon).trim();
        List<String> parts = split(text, text.substring(colon + 1));
        if (parts.size() < 2) {
            throw invalid(text, "it has no =NEW part");
        }
        String to = parts.get(parts.size() - 1);
        List<String> path = parts.subList(0, parts.size() - 1);
        switch (kind) {
            case "table" -> {
                require(text, path, 2);
                return RenameHint.table(path.get(0), path.get(1), to);
            }
            case "column" -> {
                require(text, path, 3);
                return RenameHint.column(path.get(0), path.get(1), path.get(2), to);
            }
            case "index" -> {
                require(text, path, 3);
                return RenameHint.index(path.get(0), path.get(1), path.get(2), to);
            }
            default -> throw invalid(text, "\"" + kind + "\" is not table, column or index");
        }
    }

    /** Splits {@code a.b.c=d} into {@code [a, b, c, d]}, honouring double-quoted names. */
    private static List<String> split(String text, String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean sawEquals = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '.' && !sawEquals) {
                parts.add(current.toString());
                current.setLength(0);
            } else if (!quoted && c == '=' && !sawEquals) {
                parts.add(current.toString());
                current.setLength(0);
                sawEquals = true;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw invalid(text, "a double quote is not closed");
        }
        if (!sawEquals) {
            throw invalid(text, "it has no =NEW part");
        }
        parts.add(current.toString());
        for (String p : parts) {
            if (p.isEmpty()) {
                throw invalid(text, "a name is empty");
            }
        }
        return parts;
    }

    private static void require(String text, List<String> path, int size) {
        if (path.size() != size) {
            throw invalid(text, "the path before = has " + path.size() + " parts instead of " + size);
        }
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid rename hint \"" + text + "\": " + why + " (use " + FORMS + ")");
    }
}
