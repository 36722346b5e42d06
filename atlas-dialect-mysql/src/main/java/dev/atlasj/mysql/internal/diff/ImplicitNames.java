package dev.atlasj.mysql.internal.diff;

import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.IndexPart;
import dev.atlasj.schema.Table;
import java.util.regex.Pattern;

/**
 * The names MySQL and MariaDB give keys, indexes and checks declared without one:
 * <ul>
 *   <li>an index or unique key: its first column's name, then {@code _2}, {@code _3}… on a clash
 *       ({@code email}, {@code email_2}); a functional one {@code functional_index}, then
 *       {@code functional_index_2}…;</li>
 *   <li>the index the server creates for a foreign key that no index covers: the foreign key's name,
 *       or its first column's when the key was declared without a name;</li>
 *   <li>a foreign key: {@code t_ibfk_1}, {@code t_ibfk_2}…;</li>
 *   <li>a check: {@code t_chk_1}… on MySQL; on MariaDB {@code CONSTRAINT_1}… for a table check and the
 *       column's name for a check written on a column.</li>
 * </ul>
 * Names are compared as the servers compare them: without regard to case.
 */
public final class ImplicitNames {

    private static final Pattern COLLISION_SUFFIX = Pattern.compile("(_[1-9]\\d*)?");
    private static final Pattern NUMBERED = Pattern.compile("[1-9]\\d*");

    private ImplicitNames() {
    }

    public static boolean index(Table table, Index index, String name) {
        if (index.parts().isEmpty()) {
            return false;
        }
        IndexPart first = index.parts().get(0);
        String base = first.isExpression() ? "functional_index" : first.column();
        if (startsWithIgnoringCase(name, base)
                && COLLISION_SUFFIX.matcher(name.substring(base.length())).matches()) {
            return true;
        }
        return table.foreignKeys().stream().anyMatch(k -> k.name().equalsIgnoreCase(name)
                && k.columns().equals(index.columns()) && index.columns().size() == index.parts().size());
    }

    public static boolean foreignKey(Table table, ForeignKey key, String name) {
        return numbered(name, table.name() + "_ibfk_");
    }

    public static boolean check(Table table, Check check, String name) {
        return numbered(name, table.name() + "_chk_") || numbered(name, "CONSTRAINT_")
                || table.columns().stream().map(Column::name).anyMatch(name::equalsIgnoreCase);
    }

    private static boolean numbered(String name, String prefix) {
        return startsWithIgnoringCase(name, prefix) && NUMBERED.matcher(name.substring(prefix.length())).matches();
    }

    private static boolean startsWithIgnoringCase(String name, String prefix) {
        return name.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
