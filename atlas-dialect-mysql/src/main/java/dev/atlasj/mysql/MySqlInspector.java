package dev.atlasj.mysql;

import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.mysql.internal.inspect.CatalogInspection;
import dev.atlasj.schema.Realm;
import java.sql.Connection;
import java.util.Objects;

/**
 * Reads the databases (schemas) of a MySQL 8.0+ or MariaDB 10.6+ server from {@code information_schema}
 * into the model. The scope is the databases {@link InspectOptions} names, or every database but
 * {@code information_schema}, {@code mysql}, {@code performance_schema} and {@code sys}.
 *
 * <p>One query per object kind reads that kind for every inspected database at once, so inspecting ten
 * tables or ten thousand costs the same eleven statements: the server's version and defaults, schemas,
 * tables, columns, indexes, foreign-key actions, foreign-key columns, checks, routine parameters,
 * routines and triggers. Views take one more query when there are views, partitions one more when a
 * table is partitioned; the parser of a FULLTEXT index, which the catalog lacks, is read from
 * {@code SHOW CREATE TABLE} of each table that has a FULLTEXT index. The
 * connection is used as it is and left as it was: nothing is set on the session. The queries do not run
 * under one snapshot (MariaDB's catalog is not transactional), so DDL that runs during an inspection
 * may be seen in part.
 *
 * <p>What the model holds, detail following {@link MySqlAttributes} (stored only when not the default or
 * the inherited value):
 * <ul>
 *   <li>schemas with their character set, collation and (MariaDB) comment;</li>
 *   <li>base tables with their engine, character set, collation, row format, other create options,
 *       comment, AUTO_INCREMENT counter (read, never to be diffed) and partitioning;</li>
 *   <li>columns: the type as the server prints it ({@code int(11)} on MariaDB) with its
 *       {@link MySqlTypes#canonical canonical} form, enum and set members in it, {@code unsigned} and
 *       {@code zerofill} in it; nullability; the default in one form for both flavors (see below);
 *       {@code ON UPDATE}, {@code AUTO_INCREMENT}, {@code INVISIBLE}; generated VIRTUAL or STORED
 *       columns with their expression; character set and collation when not the table's; comment;</li>
 *   <li>the primary key (its name is always {@code PRIMARY}, so the model's is {@code null}) with its
 *       comment; unique and other indexes, FULLTEXT, SPATIAL and HASH ones, with prefix lengths,
 *       descending parts and (MySQL) functional parts; the index MySQL creates for a foreign key that has none is reported
 *       like any other;</li>
 *   <li>foreign keys with their actions as the catalog reports them (MariaDB reports {@code RESTRICT}
 *       where none was given, MySQL {@code NO ACTION}; InnoDB treats them alike);</li>
 *   <li>checks, with MySQL's {@code NOT ENFORCED}. The {@code json_valid(col)} check MariaDB adds to a
 *       {@code JSON} column (which it stores as {@code longtext} with a {@code utf8mb4_bin} collation) is
 *       not a user check: the column is reported as {@code json}, without the check, character set or
 *       collation;</li>
 *   <li>views (definition as the server prints it, check option, security, definer, and on MariaDB the
 *       algorithm, which MySQL's catalog lacks), triggers, stored procedures and functions.</li>
 * </ul>
 *
 * <p><b>Defaults.</b> MySQL prints a string default bare and MariaDB quoted; the model holds MariaDB's
 * form on both: literals of string, temporal, enum and set columns quoted ({@code 'it''s'}), numbers
 * and bit or hex literals bare, expressions unparenthesized ({@code uuid()}), {@code DEFAULT NULL} as no
 * default, and every spelling of the current timestamp as {@code CURRENT_TIMESTAMP} or
 * {@code CURRENT_TIMESTAMP(n)}, in {@code ON UPDATE} too. Generated expressions, checks and view
 * definitions are kept as each server prints them.
 */
public final class MySqlInspector implements Inspector {

    @Override
    public Realm inspect(Connection connection, InspectOptions options) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(options, "options");
        return CatalogInspection.inspect(connection, options);
    }
}
