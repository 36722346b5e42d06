package dev.atlasj.postgres.internal.plan;

/** PostgreSQL string constants for the values DDL must spell out: comments, enum labels, versions. */
public final class Literals {

    private Literals() {
    }

    /**
     * {@code value} as a string constant that PostgreSQL reads back as exactly {@code value}.
     *
     * <p>A plain {@code '…'} constant when that suffices (quotes doubled); an escape string
     * {@code E'…'} when the value holds a backslash, which a plain constant takes literally only
     * while {@code standard_conforming_strings} is on, or a control character such as a newline,
     * which would otherwise break the one-statement-per-line layout of a plan.
     */
    public static String string(String value) {
        if (value.chars().noneMatch(Literals::needsEscape)) {
            return "'" + value.replace("'", "''") + "'";
        }
        StringBuilder sql = new StringBuilder(value.length() + 8).append("E'");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sql.append("\\\\");
                case '\'' -> sql.append("''");
                case '\n' -> sql.append("\\n");
                case '\r' -> sql.append("\\r");
                case '\t' -> sql.append("\\t");
                case '\b' -> sql.append("\\b");
                case '\f' -> sql.append("\\f");
                default -> {
                    if (needsEscape(c)) {
                        sql.append(String.format("\\x%02X", (int) c));
                    } else {
                        sql.append(c);
                    }
                }
            }
        }
        return sql.append('\'').toString();
    }

    private static boolean needsEscape(int c) {
        return c == '\\' || c < 0x20 || c == 0x7F;
    }
}
