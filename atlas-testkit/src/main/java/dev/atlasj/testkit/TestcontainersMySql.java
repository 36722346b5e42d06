package dev.atlasj.testkit;

import java.util.Map;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The only class that touches Testcontainers' MySQL module, so that nothing links to its classes
 * unless they are on the class path ({@link TestcontainersProvider#onClassPath(Engine)} checks first).
 */
final class TestcontainersMySql {

    private static MySqlServer server;

    private TestcontainersMySql() {
    }

    /** A container started for one caller, who stops it. */
    record Container(MySqlServer server, Runnable stop) {
    }

    /** The server in this JVM's container of {@code image}, started on first use and stopped at JVM exit. */
    static synchronized MySqlServer server(String image) {
        if (server == null) {
            MySQLContainer<?> container = container(image);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "atlasj-testcontainers-mysql-stop"));
            server = server(container, image);
        }
        return server;
    }

    /** Starts a container of {@code image} (a mysql or mariadb image) whose server holds the empty database {@code database}. */
    static Container start(String image, String database) {
        MySQLContainer<?> container = container(image).withDatabaseName(database);
        container.start();
        return new Container(server(container, image), container::stop);
    }

    private static MySQLContainer<?> container(String image) {
        return new MySQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("mysql")).withUsername("root");
    }

    private static MySqlServer server(MySQLContainer<?> container, String image) {
        String host = container.getHost();
        int port = container.getMappedPort(MySQLContainer.MYSQL_PORT);
        return new MySqlServer("MySQL in a Docker container (" + image + ") at " + host + ":" + port, host, port,
                container.getUsername(), container.getPassword(), Map.of());
    }
}
