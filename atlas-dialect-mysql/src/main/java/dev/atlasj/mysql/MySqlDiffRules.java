package dev.atlasj.mysql;

import dev.atlasj.diff.DiffRules;
import dev.atlasj.mysql.internal.diff.ColumnReferences;
import dev.atlasj.mysql.internal.diff.ImplicitNames;
import dev.atlasj.mysql.internal.diff.RealmNormalizer;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Table;

/**
 * How the {@link dev.atlasj.diff.Differ} compares MySQL and MariaDB schemas: both sides are brought to
 * one canonical form, so that a schema written two ways, read from either flavor or built in Java,
 * gives an empty diff. The planner writes that form, so every rule keeps the model's meaning; every
 * rule is idempotent and leaves alone what it cannot be sure of.
 *
 * <h2>Types</h2>
 * {@link MySqlTypes#canonical}: display widths are dropped ({@code int(11)} ≡ {@code int}) but for
 * {@code tinyint(1)}, which {@code bool} and {@code boolean} are; synonyms take their base name
 * ({@code integer}, {@code dec}/{@code numeric}/{@code fixed}, {@code real}/{@code double precision},
 * {@code character varying}…); default arguments are spelled out. {@code serial} is what it stands for:
 * {@code bigint unsigned NOT NULL AUTO_INCREMENT} with a unique key named after the column.
 *
 * <h2>Character sets and collations</h2>
 * Stored only where they differ from what the object inherits (the schema's for a table, the table's
 * for a column), as the inspector stores them: a collation implies its character set
 * ({@code latin1_bin} → {@code latin1}), a character set implies its default collation where that is
 * the same on every supported server (not for the Unicode sets, whose default differs between MySQL 8,
 * MariaDB 10 and MariaDB 11), and what equals the parent's is dropped. {@code utf8} is
 * {@code utf8mb3}. A schema's parent is the server, whose defaults the model does not hold: a character
 * set spelled out on a schema, or on a table or column that inherits the server's, is kept.
 *
 * <h2>Defaults</h2>
 * In the form MariaDB prints them, which is the inspector's for both flavors: numbers bare, with the
 * column's scale ({@code 1} ≡ {@code '1.00'} on {@code decimal(5,2)}), booleans {@code 1} and
 * {@code 0} ({@code TRUE}), bit values {@code b'101'} ({@code 5}), strings and temporal values quoted
 * with quotes doubled ({@code "it's"} ≡ {@code 'it\'s'} ≡ {@code 'it''s'}), dates and times in full
 * ({@code '2020-1-2'} ≡ {@code '2020-01-02'}, {@code '2020-01-01'} ≡ {@code '2020-01-01 00:00:00.000'}
 * on {@code datetime(3)}); {@code now()}, {@code current_timestamp()}, {@code LOCALTIMESTAMP} and
 * {@code CURRENT_TIMESTAMP(0)} are {@code CURRENT_TIMESTAMP}, {@code now(3)} is
 * {@code CURRENT_TIMESTAMP(3)}, in {@code ON UPDATE} too; {@code DEFAULT NULL} is no default; a function
 * call or literal in the parentheses MySQL 8 requires around expressions is taken out of them
 * ({@code (uuid())} ≡ {@code uuid()}).
 *
 * <h2>Keys and constraints</h2>
 * Primary-key and {@code AUTO_INCREMENT} columns are {@code NOT NULL}; the primary key has no name
 * (it is always {@code PRIMARY}). {@code RESTRICT} is {@code NO ACTION}: InnoDB checks both at once,
 * MariaDB reports {@code RESTRICT} where none was written and MySQL {@code NO ACTION}. A foreign key
 * without a referenced schema references its own. A foreign key that no index covers gets the index
 * the server creates for it (named after the key), so that a schema that declares that index and one
 * that leaves it to the server are the same. Index type {@code BTREE} is the default; a SPATIAL index
 * has no prefix length (MariaDB reports 32). {@code KEY} and {@code INDEX}, {@code UNIQUE KEY} and
 * {@code UNIQUE INDEX} are one thing in the model.
 *
 * <h2>Expressions</h2>
 * Checks, generated columns and functional index parts are compared token by token: without
 * parentheses around the whole (MySQL prints {@code (`a` > 0)}, MariaDB {@code `a` > 0}), with the
 * table's columns in backticks in their own case, other words in lower case, strings in single quotes
 * without MySQL's character set introducer, {@code !=} as {@code <>} and whitespace as MariaDB spaces
 * it: {@code (Price>0 AND s != "x")} ≡ {@code `Price` > 0 and `s` <> _utf8mb4'x'}. Expressions are not
 * parsed: redundant inner parentheses and function synonyms ({@code lower} and {@code lcase}) still
 * differ, as they do unless both sides come from the same kind of server.
 *
 * <h2>Tables, views, routines, triggers</h2>
 * The {@code AUTO_INCREMENT} counter is data and never compared. Engine {@code InnoDB} is the default
 * (the model does not hold the server's; this assumes MySQL's and MariaDB's) and engine names take the
 * servers' spelling ({@code innodb} → {@code InnoDB}). Row format {@code DEFAULT} is the default.
 * Definers are never compared (the planner does not write them: objects belong to whoever applies the
 * plan); nor are {@code ALGORITHM=UNDEFINED}, {@code SQL SECURITY DEFINER} and a check option of
 * {@code NONE}, which restate defaults. A trigger definition is read into the inspector's layout
 * ({@code CREATE TRIGGER `name` TIMING EVENT ON `table` FOR EACH ROW body}). Empty comments are none.
 *
 * <h2>Names</h2>
 * A desired index, foreign key or check whose name is one the server would have chosen
 * ({@link ImplicitNames}: {@code email}, {@code email_2}, {@code t_ibfk_1}, {@code t_chk_1},
 * {@code CONSTRAINT_1}, the column's name for a MariaDB column check, a foreign key's name for the index
 * that backs it) matches an equal one of any name.
 */
public final class MySqlDiffRules implements DiffRules {

    @Override
    public Realm normalize(Realm realm) {
        return RealmNormalizer.normalize(realm);
    }

    /** Always: a MySQL primary key is named {@code PRIMARY} whatever name it is given. */
    @Override
    public boolean isGeneratedName(Table table, PrimaryKey key, String name) {
        return true;
    }

    @Override
    public boolean isGeneratedName(Table table, Index index, String name) {
        return ImplicitNames.index(table, index, name);
    }

    @Override
    public boolean isGeneratedName(Table table, ForeignKey key, String name) {
        return ImplicitNames.foreignKey(table, key, name);
    }

    @Override
    public boolean isGeneratedName(Table table, Check check, String name) {
        return ImplicitNames.check(table, check, name);
    }

    /** Renames the column in the expression, whether it is quoted with backticks or bare. */
    @Override
    public String renameInExpression(String expression, String from, String to) {
        return ColumnReferences.rename(expression, from, to);
    }
}
