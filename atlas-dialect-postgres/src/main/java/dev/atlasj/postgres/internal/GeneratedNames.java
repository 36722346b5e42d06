package dev.atlasj.postgres.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL gives constraints and indexes created without one ({@code users_pkey},
 * {@code users_email_key}, {@code orders_user_id_fkey}, {@code users_check}, {@code users_name_idx}),
 * following its {@code makeObjectName}: the table name and the column names joined by underscores,
 * shortened to fit 63 bytes, longer part first, then the label.
 */
public final class GeneratedNames {

    private static final int MAX_BYTES = 63;
    private static final Pattern COLLISION_SUFFIX = Pattern.compile("\\d*");

    private GeneratedNames() {
    }

    /** {@code table_label}, as for a primary key ({@code pkey}) or a table check ({@code check}). */
    public static String of(String table, String label) {
        return of(table, null, label);
    }

    /** {@code table_col1_col2_label}, as for unique keys, foreign keys and indexes. */
    public static String of(String table, List<String> columns, String label) {
        return make(table, columns == null || columns.isEmpty() ? null : String.join("_", columns), label);
    }

    /**
     * Whether {@code name} is what PostgreSQL would generate from these parts, possibly with the
     * number it appends to avoid a clash ({@code users_check1}).
     */
    public static boolean matches(String name, String table, List<String> columns, String label) {
        String base = of(table, columns, label);
        return name.startsWith(base) && COLLISION_SUFFIX.matcher(name.substring(base.length())).matches();
    }

    private static String make(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int available = MAX_BYTES - overhead;
        byte[] b1 = name1.getBytes(StandardCharsets.UTF_8);
        byte[] b2 = name2 == null ? new byte[0] : name2.getBytes(StandardCharsets.UTF_8);
        int chars1 = b1.length;
        int chars2 = b2.length;
        while (chars1 + chars2 > available) {
            if (chars1 > chars2) {
                chars1--;
            } else {
                chars2--;
            }
        }
        StringBuilder out = new StringBuilder(clip(b1, chars1));
        if (name2 != null) {
            out.append('_').append(clip(b2, chars2));
        }
        return out.append('_').append(label).toString();
    }

    /** The longest prefix of {@code bytes} that fits {@code limit} bytes without splitting a character. */
    private static String clip(byte[] bytes, int limit) {
        int end = limit;
        while (end > 0 && end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
