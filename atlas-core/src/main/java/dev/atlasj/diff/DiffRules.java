package dev.atlasj.diff;

import dev.atlasj.schema.Check;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Table;
import dev.atlasj.sql.SqlIdentifiers;
import java.util.Objects;

/**
 * What a dialect tells the generic {@link Differ}: how to bring a model to the canonical form in which
 * equal things are equal values, and which names the database invented rather than the user.
 *
 * <p>The defaults compare the model exactly as it is.
 */
public interface DiffRules {

    /** Rules that compare the model as it is, with no dialect knowledge. */
    DiffRules EXACT = new DiffRules() {
    };

    /**
     * The canonical form of {@code realm}: type aliases resolved, defaults and expressions in the
     * database's own spelling, attributes that restate a default removed. Applied to both sides.
     */
    default Realm normalize(Realm realm) {
        return realm;
    }

    /** Whether the two defaults of a column mean the same. Both columns are already normalized. */
    default boolean sameDefault(Column from, Column to) {
        return Objects.equals(from.defaultExpression(), to.defaultExpression());
    }

    /** Whether {@code name} is what the database names this primary key when the user gives no name. */
    default boolean isGeneratedName(Table table, PrimaryKey key, String name) {
        return false;
    }

    /** Whether {@code name} is what the database names this index or unique constraint by itself. */
    default boolean isGeneratedName(Table table, Index index, String name) {
        return false;
    }

    /** Whether {@code name} is what the database names this foreign key by itself. */
    default boolean isGeneratedName(Table table, ForeignKey key, String name) {
        return false;
    }

    /** Whether {@code name} is what the database names this check by itself. */
    default boolean isGeneratedName(Table table, Check check, String name) {
        return false;
    }

    /**
     * {@code expression} with every reference to the identifier {@code from} replaced by {@code to},
     * used when a rename hint renames a column that checks or index expressions mention. The default
     * understands single-quoted literals and double-quoted identifiers.
     */
    default String renameInExpression(String expression, String from, String to) {
        return SqlIdentifiers.rename(expression, from, to);
    }
}
