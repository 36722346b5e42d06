package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs small test classes through JUnit and checks how their tests end. The nested classes run only
 * from here (Surefire does not pick nested classes).
 */
class DatabaseExtensionTest {

    @Test
    void handsEachTestAFreshDatabaseAndDropsItAfterTheTest() throws SQLException {
        UsesDatabases.SEEN.clear();

        run(UsesDatabases.class).assertStatistics(stats -> stats.succeeded(2).failed(0).aborted(0));

        assertThat(UsesDatabases.SEEN).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).startsWith(ProviderChain.standard().names().runPrefix()));
        assertThat(TestDatabases.server(Engine.POSTGRES).databases()).doesNotContainAnyElementsOf(UsesDatabases.SEEN);
    }

    @Test
    void withoutADatabaseTheTestIsSkippedWithTheWayToProvideOne() {
        Events events = run(NoDatabaseOnADeveloperMachine.class);

        events.assertStatistics(stats -> stats.skipped(1).succeeded(1).failed(0));
        events.assertThatEvents().haveExactly(1, event(test("needsADatabase"), skippedWithReason(
                reason -> reason.startsWith("No PostgreSQL server for tests.") && reason.contains("Provide one: set ATLAS_TEST_POSTGRES_URL"))));
    }

    @Test
    void withoutADatabaseUnderCiTheTestFails() {
        run(NoDatabaseUnderCi.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.startsWith("CI=true, so a test that needs a database fails without one. No PostgreSQL server")))));
    }

    @Test
    void aConfiguredServerThatDoesNotAnswerFailsTheTestEvenOutsideCi() {
        run(ConfiguredServerDown.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                message(m -> m.contains("ATLAS_TEST_POSTGRES_URL is set, but PostgreSQL at 127.0.0.1:1")))));
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    private static ProviderChain declining() {
        return new ProviderChain(List.of(new FixedProvider(100, "nothing",
                () -> DatabaseProvider.Outcome.declined("there is nothing here"))), Clock.systemUTC());
    }

    @ExtendWith(DatabaseExtension.class)
    static class UsesDatabases {
        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        @Test
        void first(TestDatabase database) throws SQLException {
            createsATable(database);
        }

        @Test
        void second(TestDatabase database) throws SQLException {
            createsATable(database);
        }

        private static void createsATable(TestDatabase database) throws SQLException {
            SEEN.add(database.name());
            try (Connection c = database.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int)");
            }
        }
    }

    static class NoDatabaseOnADeveloperMachine {
        @RegisterExtension
        static final DatabaseExtension extension = new DatabaseExtension(declining(), Map.<String, String>of()::get);

        @Test
        void needsADatabase(TestDatabase database) {
            database.execute("SELECT 1");
        }

        @Test
        void needsNone() {
            assertThat(extension).isNotNull();
        }
    }

    static class NoDatabaseUnderCi {
        @RegisterExtension
        static final DatabaseExtension extension = new DatabaseExtension(declining(), Map.of("CI", "true")::get);

        @Test
        void needsADatabase(TestDatabase database) {
            database.execute("SELECT 1");
        }
    }

    static class ConfiguredServerDown {
        private static final Environment environment = Map.of(
                "ATLAS_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:1/postgres")::get;

        @RegisterExtension
        static final DatabaseExtension extension = new DatabaseExtension(
                new ProviderChain(List.of(new EnvironmentUrlProvider(environment)), Clock.systemUTC()), environment);

        @Test
        void needsADatabase(TestDatabase database) {
            database.execute("SELECT 1");
        }
    }
}
