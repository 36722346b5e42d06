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

    private final String devUrl;
    private final Map<DatabaseUrl, RunningDatabase> running = new IdentityHashMap<>();
    private final List<RunningDatabase> started = new ArrayList<>();
    private DatabaseUrl parsedDevUrl;

    /** @param devUrl the {@code --dev-url} given, or {@code null} for {@value #DEFAULT_DEV_URL} */
    Databases(String devUrl) {
        this.devUrl = devUrl == null ? DEFAULT_DEV_URL : devUrl;
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
                .findFirst().map(url -> dialect(open(url))).orElseGet(() -> dialect(open(devUrl())));
    }

    /** The dialect of the dev database of {@code --dev-url}, or {@value #DEFAULT_DEV_URL}. */
    Dialect devDialect() {
        return dialect(open(devUrl()));
    }

    /** The schemas the dev database's URL is scoped to by its {@code search_path}; empty for every user schema. */
    List<String> devSchemas() {
        return Side.schemasOf(devUrl());
    }

    /** The dev database of {@code --dev-url}, or {@value #DEFAULT_DEV_URL}, for reading SQL as {@code dialect}. */
    DevDatabase devDatabase(Dialect dialect) {
        return dialect.devDatabase(open(devUrl()).dataSource());
    }

    private DatabaseUrl devUrl() {
        if (parsedDevUrl == null) {
            parsedDevUrl = Side.parse("--dev-url", List.of(devUrl)).database();
        }
        return parsedDevUrl;
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
