package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.Dialects;
import dev.atlasj.state.DevDatabase;
import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.FileUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The databases one command uses: those its URLs name and the dev database, each started on first use
 * (an embedded server, a container) and stopped when the command ends.
 */
final class Databases implements AutoCloseable {

    /** The dev database when {@code --dev-url} is not given: embedded PostgreSQL, which needs nothing but Java. */
    static final String DEFAULT_DEV_URL = "embedded://postgres";

    /** The dev database for MySQL and MariaDB when {@code --dev-url} is not given: embedded MariaDB. */
    static final String DEFAULT_MYSQL_DEV_URL = "embedded://mariadb";

    private final String devUrl;
    private final Map<DatabaseUrl, RunningDatabase> running = new IdentityHashMap<>();
    private final List<RunningDatabase> started = new ArrayList<>();
    private final Map<String, DatabaseUrl> parsedDevUrls = new HashMap<>();

    /**
     * @param devUrl the {@code --dev-url} given, or {@code null} for {@value #DEFAULT_DEV_URL} (or
     *     {@value #DEFAULT_MYSQL_DEV_URL} for MySQL)
     */
    Databases(String devUrl) {
        this.devUrl = devUrl;
    }

    /** The database {@code url} names, started the first time it is asked for. */
    RunningDatabase open(DatabaseUrl url) {
        RunningDatabase database = running.get(url);
        if (database == null) {
            database = RunningDatabase.open(url);
            running.put(url, database);
            started.add(database);
        }
        return database;
    }

    /** The dialect of {@code database}, asked of the database itself. */
    Dialect dialect(RunningDatabase database) {
        try (Connection connection = ServerConnections.open(database)) {
            return Dialects.forConnection(connection);
        } catch (SQLException e) {
            throw ServerConnections.explain(e, database);
        }
    }

    /**
     * The dialect the comparison of {@code sides} speaks: that of the first database among their URLs, or
     * the dev database's when they name only files.
     */
    Dialect dialect(Side... sides) {
        return Arrays.stream(sides).flatMap(side -> side.urls().stream()).filter(url -> !(url instanceof FileUrl))
                .findFirst().map(url -> dialect(open(url))).orElseGet(() -> dialect(open(devUrl(DEFAULT_DEV_URL))));
    }

    /** The dialect of the dev database of {@code --dev-url}, or {@value #DEFAULT_DEV_URL}. */
    Dialect devDialect() {
        return dialect(open(devUrl(DEFAULT_DEV_URL)));
    }

    /**
     * The schemas the {@code --dev-url} is scoped to (its {@code search_path}, a MySQL URL's database); none
     * when it is not given.
     */
    List<String> devSchemas() {
        return devUrl == null ? List.of() : Side.schemasOf(devUrl(DEFAULT_DEV_URL));
    }

    /**
     * The dev database of {@code --dev-url} for reading SQL as {@code dialect}; when none is given,
     * {@value #DEFAULT_MYSQL_DEV_URL} for MySQL and {@value #DEFAULT_DEV_URL} otherwise.
     */
    DevDatabase devDatabase(Dialect dialect) {
        DatabaseUrl url = devUrl(dialect.name().equals("mysql") ? DEFAULT_MYSQL_DEV_URL : DEFAULT_DEV_URL);
        return dialect.devDatabase(open(url).dataSource());
    }

    /** The dev URL parsed, once for each text, so that {@link #open} starts its database once. */
    private DatabaseUrl devUrl(String fallback) {
        return parsedDevUrls.computeIfAbsent(devUrl == null ? fallback : devUrl,
                text -> Side.parse("--dev-url", List.of(text)).database());
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
