package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestcontainersProviderTest {

    @Test
    void answersOnlyWhenDockerRunsAndOtherwiseDeclinesQuicklyWithoutAStackTrace() throws SQLException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        long started = System.nanoTime();
        DatabaseProvider.Outcome outcome;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            outcome = new TestcontainersProvider().provide(Engine.POSTGRES);
        } finally {
            System.setErr(standardError);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        if (outcome instanceof DatabaseProvider.Declined declined) {
            assertThat(declined.reason()).isEqualTo("no Docker engine is reachable");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            assertThat(errors.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
        } else {
            DatabaseServer server = ((DatabaseProvider.Found) outcome).server();
            assertThat(server.description()).startsWith("PostgreSQL in a Docker container (postgres:15)");
            server.createDatabase("atlasj_testcontainers_check");
            assertThat(server.databases()).contains("atlasj_testcontainers_check");
            server.dropDatabase("atlasj_testcontainers_check");
        }
    }

    @Test
    void declinesWhenTestcontainersIsNotOnTheClassPath() throws Exception {
        URL[] withoutTestcontainers = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.contains("testcontainers") && !entry.contains("docker-java"))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(withoutTestcontainers, ClassLoader.getPlatformClassLoader())) {
            Class<?> providerClass = loader.loadClass(TestcontainersProvider.class.getName());
            Class<?> engineClass = loader.loadClass(Engine.class.getName());
            Object provider = providerClass.getConstructor().newInstance();
            Method provide = providerClass.getMethod("provide", engineClass);

            Object outcome = provide.invoke(provider, engineClass.getEnumConstants()[0]);

            assertThat(providerClass.getClassLoader()).isSameAs(loader);
            assertThat(outcome.toString()).isEqualTo(
                    "Declined[reason=Testcontainers is not on the class path (add org.testcontainers:postgresql)]");
        }
    }

    @Test
    void theImageIsPostgres15UnlessTheEnvironmentNamesAnother() {
        assertThat(new TestcontainersProvider(Map.<String, String>of()::get).image()).isEqualTo("postgres:15");
        assertThat(new TestcontainersProvider(Map.of("ATLAS_TEST_POSTGRES_IMAGE", "postgis/postgis:16-3.4")::get).image())
                .isEqualTo("postgis/postgis:16-3.4");
    }
}
