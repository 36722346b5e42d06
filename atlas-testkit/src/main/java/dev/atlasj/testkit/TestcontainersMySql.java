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

    /** The server in this JVM's container of {@code image}, started on first use and stopped at JVM exit. */
    static synchronized MySqlServer server(String image) {
        if (server == null) {
            MySQLContainer<?> container = new MySQLContainer<>(
                    DockerImageName.parse(image).asCompatibleSubstituteFor("mysql")).withUsername("root");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "atlasj-testcontainers-mysql-stop"));
            String host = container.getHost();
            int port = container.getMappedPort(MySQLContainer.MYSQL_PORT);
            server = new MySqlServer("MySQL in a Docker container (" + image + ") at " + host + ":" + port, host, port,
                    container.getUsername(), container.getPassword(), Map.of());
        }
        return server;
    }
}
