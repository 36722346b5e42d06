package dev.atlasj.testkit;

import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The only class that touches Testcontainers, so that nothing links to its classes unless they are
 * on the class path ({@link TestcontainersProvider#onClassPath()} checks first).
 */
final class TestcontainersPostgres {

    private static PostgresServer server;

    private TestcontainersPostgres() {
    }

    /** A container started for one caller, who stops it. */
    record Container(PostgresServer server, Runnable stop) {
    }

    /** Whether Testcontainers finds a Docker engine; it logs what it tried when it finds none. */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** The server in this JVM's container of {@code image}, started on first use and stopped at JVM exit. */
    static synchronized PostgresServer server(String image) {
        if (server == null) {
            PostgreSQLContainer<?> container = container(image);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "atlasj-testcontainers-stop"));
            server = server(container, image);
        }
        return server;
    }

    /** Starts a container of {@code image} whose server holds the empty database {@code database}. */
    static Container start(String image, String database) {
        PostgreSQLContainer<?> container = container(image).withDatabaseName(database);
        container.start();
        return new Container(server(container, image), container::stop);
    }

    private static PostgreSQLContainer<?> container(String image) {
        return new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
    }

    private static PostgresServer server(PostgreSQLContainer<?> container, String image) {
        String host = container.getHost();
        int port = container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
        return new PostgresServer("PostgreSQL in a Docker container (" + image + ") at " + host + ":" + port,
                host, port, container.getDatabaseName(), container.getUsername(), container.getPassword(), Map.of());
    }
}
