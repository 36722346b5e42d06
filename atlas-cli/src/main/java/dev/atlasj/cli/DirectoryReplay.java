package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationFile;
import dev.atlasj.migrate.MigrationStatement;
import dev.atlasj.plan.TxMode;
import dev.atlasj.sql.SqlSyntax;
import dev.atlasj.state.DesiredState;
import dev.atlasj.state.SqlScript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration directory read as a schema state, as Atlas reads {@code file://DIR?format=NAME}: the
 * directory is checked against its {@code atlas.sum}, then its files run in order (from the last
 * checkpoint on) on the dev database, which is inspected. A statement that fails is reported as
 * {@code DIR/FILE:LINE: the database's message}.
 */
final class DirectoryReplay {

    private static final Pattern CONCURRENTLY = Pattern.compile(
            "\\s*(?:CREATE\\s+(?:UNIQUE\\s+)?INDEX|DROP\\s+INDEX|REINDEX\\s+(?:\\([^)]*\\)\\s*)?\\w+)\\s+(CONCURRENTLY)\\b",
            Pattern.CASE_INSENSITIVE);

    private DirectoryReplay() {
    }

    /** The lexical rules of the migration files a database of {@code dialect} runs. */
    static SqlSyntax syntax(Dialect dialect) {
        return dialect.name().equals("mysql") ? SqlSyntax.MYSQL : SqlSyntax.POSTGRES;
    }

    /**
     * The state {@code directory} leaves behind, for {@code dialect}.
     *
     * @param folder the directory's folder as the user named it, which prefixes file names in messages
     * @throws dev.atlasj.migrate.MigrationDirectoryException when the directory is not valid (its sum,
     *     names, directives or statements), before anything runs
     */
    static DesiredState state(MigrationDirectory directory, String folder, Dialect dialect) {
        SqlSyntax syntax = syntax(dialect);
        directory.validate(syntax);
        List<SqlScript> scripts = new ArrayList<>();
        for (MigrationFile file : directory.filesFromLastCheckpoint()) {
            boolean outsideTransaction = file.directives().txMode().filter(TxMode.NONE::equals).isPresent()
                    && syntax == SqlSyntax.POSTGRES;
            scripts.add(new SqlScript(folder.replaceAll("/+$", "") + "/" + file.name(),
                    script(file.statements(syntax), outsideTransaction)));
        }
        return DesiredState.sql(scripts);
    }

    /**
     * {@code sql} with the {@code CONCURRENTLY} of {@code CREATE INDEX CONCURRENTLY}, {@code DROP INDEX
     * CONCURRENTLY} or {@code REINDEX … CONCURRENTLY} blanked out. Atlas runs such a file outside a
     * transaction; the dev database replays the directory in one, where an index built the plain way is
     * the same index. The keyword becomes spaces, so PostgreSQL's error positions still match the file.
     */
    static String withoutConcurrently(String sql) {
        Matcher matcher = CONCURRENTLY.matcher(sql);
        if (!matcher.lookingAt()) {
            return sql;
        }
        return sql.substring(0, matcher.start(1)) + " ".repeat(matcher.end(1) - matcher.start(1))
                + sql.substring(matcher.end(1));
    }

    /**
     * The statements of one file as a script the dev database splits again, each statement on the line
     * it has in the file, so that errors point at the file's lines. Only the statements that run are
     * there: a tool's down section, directives and custom delimiters are gone.
     *
     * @param outsideTransaction whether the file runs outside a transaction ({@code -- atlas:txmode none})
     *     on PostgreSQL, where the dev database's one transaction cannot run it as written
     */
    private static String script(List<MigrationStatement> statements, boolean outsideTransaction) {
        StringBuilder script = new StringBuilder();
        int line = 1;
        for (MigrationStatement statement : statements) {
            if (statement.line() > line) {
                script.append("\n".repeat(statement.line() - line));
                line = statement.line();
            } else if (!script.isEmpty()) {
                script.append(' ');
            }
            script.append(outsideTransaction ? withoutConcurrently(statement.text()) : statement.text()).append("\n;");
            line += (int) statement.text().chars().filter(c -> c == '\n').count() + 1;
        }
        return script.toString();
    }
}
