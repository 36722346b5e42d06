package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(DatabaseExtension.class)
class ScopeCheckTest {

    private static ScratchDatabase database;

    @BeforeAll
    static void open(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            ClusterRoles.ensure(connection);
        }
        database = new ScratchDatabase(db);
    }

    @AfterAll
    static void close() throws SQLException {
        database.close();
    }

    @BeforeEach
    void reset() throws SQLException {
        database.reset();
    }

    @Test
    void issue3sObjectsAreInScope() throws SQLException {
        load("""
                CREATE EXTENSION citext;
                CREATE EXTENSION pg_trgm;
                CREATE SCHEMA app;
                CREATE TYPE app.mood AS ENUM ('sad', 'happy');
                CREATE SEQUENCE app.counter;
                CREATE TABLE app.users (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  email citext UNIQUE,
                  mood app.mood DEFAULT 'happy',
                  score int CHECK (score > 0),
                  doubled int GENERATED ALWAYS AS (score * 2) STORED
                );
                CREATE TABLE app.posts (id serial PRIMARY KEY, user_id bigint REFERENCES app.users, title text);
                CREATE INDEX posts_title ON app.posts USING gin (title gin_trgm_ops);
                CREATE TABLE app.events (at date) PARTITION BY RANGE (at);
                CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                COMMENT ON TABLE app.users IS 'people';
                ALTER TABLE app.posts OWNER TO app_user;
                GRANT SELECT ON app.users TO reader;
                REVOKE SELECT ON app.users FROM reader;
                """);

        assertThat(ScopeCheck.outOfScope(database.session(), DialectUnderTest.POSTGRES)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE VIEW v AS SELECT 1 AS one                                                   | views
            CREATE MATERIALIZED VIEW m AS SELECT 1 AS one                                      | materialized views
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'                         | functions
            CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'                                    | procedures
            CREATE TABLE t (a int); CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger() | triggers
            CREATE TABLE t (a int); CREATE POLICY p ON t USING (a > 0)                         | policies
            CREATE TABLE t (a int); ALTER TABLE t ENABLE ROW LEVEL SECURITY                    | row-level security
            CREATE TABLE t (a int); CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING         | rules
            CREATE DOMAIN d AS int CHECK (VALUE > 0)                                           | domains
            CREATE TYPE c AS (a int, b text)                                                   | composite types
            CREATE TYPE r AS RANGE (subtype = float8)                                          | range types
            CREATE COLLATION german (provider = icu, locale = 'de')                             | collations
            CREATE TABLE t (p int4range, EXCLUDE USING gist (p WITH &&))                       | exclusion constraints
            CREATE TABLE parent (a int); CREATE TABLE child (b int) INHERITS (parent)         | table inheritance
            CREATE TABLE t (a int); GRANT SELECT ON t TO reader                                | privileges
            CREATE TABLE t (a int); GRANT UPDATE (a) ON t TO writer                            | privileges
            CREATE SEQUENCE s; GRANT USAGE ON SEQUENCE s TO reader                             | privileges
            CREATE TYPE e AS ENUM ('x'); REVOKE USAGE ON TYPE e FROM PUBLIC                    | privileges
            CREATE SCHEMA s; GRANT USAGE ON SCHEMA s TO reader                                 | privileges
            REVOKE USAGE ON SCHEMA public FROM PUBLIC                                          | privileges
            CREATE SCHEMA s; ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT SELECT ON TABLES TO reader | privileges
            """)
    void otherObjectsAreOutOfScope(String script, String kind) throws SQLException {
        load(script);

        assertThat(ScopeCheck.outOfScope(database.session(), DialectUnderTest.POSTGRES)).containsKey(kind);
    }

    private static void load(String script) throws SQLException {
        assertThat(database.load(script, false, false)).isEmpty();
    }
}
