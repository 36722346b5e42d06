package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProviderChainTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void asksTheProvidersInOrderAndTheFirstServerFoundWins() {
        PostgresServer second = unconnectedServer("second");
        ProviderChain chain = chain(
                provider(400, "fourth", () -> DatabaseProvider.Outcome.found(unconnectedServer("fourth"))),
                provider(200, "second", () -> DatabaseProvider.Outcome.found(second)),
                provider(100, "first", () -> DatabaseProvider.Outcome.declined("not here")),
                provider(300, "third", () -> DatabaseProvider.Outcome.declined("not here either")));

        assertThat(chain.providers()).extracting(DatabaseProvider::name).containsExactly("first", "second", "third", "fourth");
        assertThat(chain.server(Engine.POSTGRES)).isSameAs(second);
        assertThat(asked).containsExactly("first", "second");
    }

    @Test
    void asksOnlyOncePerJvm() {
        PostgresServer server = unconnectedServer("only");
        ProviderChain chain = chain(provider(100, "only", () -> DatabaseProvider.Outcome.found(server)));

        chain.server(Engine.POSTGRES);
        chain.server(Engine.POSTGRES);

        assertThat(asked).containsExactly("only");
    }

    @Test
    void aConfiguredServerThatDoesNotAnswerIsAnErrorNotAReasonToTryTheNextProvider() {
        Map<String, String> environment = Map.of("ATLAS_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:1/postgres?user=ci&password=s3cret-pw");
        ProviderChain chain = chain(
                new EnvironmentUrlProvider(environment::get),
                provider(200, "local", () -> DatabaseProvider.Outcome.found(unconnectedServer("local"))));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> chain.server(Engine.POSTGRES))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("The environment variable provider failed, so the providers after it were not tried")
                    .hasMessageContaining("ATLAS_TEST_POSTGRES_URL is set, but PostgreSQL at 127.0.0.1:1")
                    .hasMessageNotContaining("s3cret-pw");
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void whenEveryProviderDeclinesTheErrorGivesEachReasonAndSaysHowToProvideAServer() {
        ProviderChain chain = chain(
                provider(100, "first", () -> DatabaseProvider.Outcome.declined("FIRST is not set")),
                provider(200, "second", () -> DatabaseProvider.Outcome.declined("nothing answers at 127.0.0.1:5432")));

        assertThatThrownBy(() -> chain.server(Engine.POSTGRES))
                .isInstanceOf(NoDatabaseAvailableException.class)
                .hasMessageStartingWith("No PostgreSQL server for tests. Each way of getting one declined:\n"
                        + "  - first: FIRST is not set\n"
                        + "  - second: nothing answers at 127.0.0.1:5432\n"
                        + "Provide one: set ATLAS_TEST_POSTGRES_URL to a JDBC URL with credentials")
                .hasMessageContaining("start Docker")
                .hasMessageEndingWith("See atlas-testkit/README.md.");
        assertThatThrownBy(() -> chain.server(Engine.POSTGRES)).isInstanceOf(NoDatabaseAvailableException.class);
        assertThat(asked).containsExactly("first", "second");
    }

    @Test
    void theStandardChainTriesEnvironmentLocalServerTestcontainersThenEmbeddedBinaries() {
        assertThat(ProviderChain.standard().providers())
                .extracting(DatabaseProvider::order, DatabaseProvider::name)
                .containsExactly(
                        tuple(100, "environment variable"),
                        tuple(200, "local server"),
                        tuple(300, "Testcontainers"),
                        tuple(400, "embedded PostgreSQL"),
                        tuple(410, "embedded MariaDB"));
    }

    @Test
    void dropsOnlyOurDatabasesThatKilledRunsLeftMoreThanADayAgo() throws SQLException {
        DatabaseServer server = TestDatabases.server(Engine.POSTGRES);
        Instant now = Instant.now();
        String tag = ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        String stale = DatabaseNames.PREFIX + runStart(now.minus(Duration.ofHours(25))) + "_" + tag + "_1";
        String recent = DatabaseNames.PREFIX + runStart(now.minus(Duration.ofHours(23))) + "_" + tag + "_1";
        String foreign = "atlasj_other_" + runStart(now.minus(Duration.ofDays(30))) + "_" + tag;
        List<String> created = List.of(stale, recent, foreign);
        try {
            for (String name : created) {
                server.createDatabase(name);
            }

            chain(provider(100, "existing", () -> DatabaseProvider.Outcome.found(server))).server(Engine.POSTGRES);

            assertThat(server.databases()).doesNotContain(stale).contains(recent, foreign);
        } finally {
            for (String name : created) {
                server.dropDatabase(name);
            }
        }
    }

    private static String runStart(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private ProviderChain chain(DatabaseProvider... providers) {
        return new ProviderChain(List.of(providers), Clock.systemUTC());
    }

    private DatabaseProvider provider(int order, String name, Supplier<DatabaseProvider.Outcome> answer) {
        return new FixedProvider(order, name, () -> {
            asked.add(name);
            return answer.get();
        });
    }

    /** A server object nothing connects to: the chain only hands it on. */
    private static PostgresServer unconnectedServer(String name) {
        return new PostgresServer(name, "127.0.0.1", 1, "postgres", "postgres", null, Map.of());
    }
}
