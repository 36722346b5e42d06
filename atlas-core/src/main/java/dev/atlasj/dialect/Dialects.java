package dev.atlasj.dialect;

import dev.atlasj.AtlasException;
import dev.atlasj.ConnectionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the {@link Dialect} implementations on the class path. */
public final class Dialects {

    private Dialects() {
    }

    /** Every dialect registered through {@link ServiceLoader}. */
    public static List<Dialect> all() {
        return ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    /** The dialect for the database behind {@code connection}. */
    public static Dialect forConnection(Connection connection) {
        List<Dialect> dialects = all();
        try {
            for (Dialect d : dialects) {
                if (d.supports(connection)) {
                    return d;
                }
            }
            String product = connection.getMetaData().getDatabaseProductName();
            throw new AtlasException("no dialect on the class path supports " + product + " (found: "
                    + names(dialects) + "); add the matching atlas-dialect module");
        } catch (SQLException e) {
            throw new ConnectionException("cannot read the database product from the connection: " + e.getMessage(), e);
        }
    }

    /** The dialect called {@code name}. */
    public static Dialect named(String name) {
        List<Dialect> dialects = all();
        return dialects.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AtlasException("no dialect named \"" + name + "\" on the class path (found: "
                        + names(dialects) + ")"));
    }

    private static String names(List<Dialect> dialects) {
        return dialects.isEmpty() ? "none" : dialects.stream().map(Dialect::name).collect(Collectors.joining(", "));
    }
}
