package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class ScratchDatabaseTest {

    private static final String SCHEMAS = """
            SELECT nspname || ' owner=' || nspowner::regrole || ' acl=' || coalesce(nspacl::text, '-')
                   || ' comment=' || coalesce(obj_description(oid, 'pg_namespace'), '-')
            FROM pg_namespace ORDER BY nspname""";
    private static final String EXTENSIONS = "SELECT extname FROM pg_extension ORDER BY extname";

    @BeforeAll
    static void roles(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            ClusterRoles.ensure(connection);
        }
    }

    @Test
    void aResetDatabaseLooksLikeANewOne(TestDatabase used, TestDatabase fresh) throws SQLException {
        try (ScratchDatabase scratch = new ScratchDatabase(used)) {
            assertThat(scratch.load("""
                    CREATE EXTENSION citext;
                    CREATE SCHEMA s;
                    CREATE TABLE s.t (a citext);
                    CREATE TABLE public.u (b int);
                    COMMENT ON SCHEMA public IS 'changed';
                    REVOKE USAGE ON SCHEMA public FROM PUBLIC;
                    """, false, false)).isEmpty();

            scratch.reset();

            try (Connection connection = fresh.connect()) {
                assertThat(rows(scratch.session(), SCHEMAS)).isEqualTo(rows(connection, SCHEMAS));
                assertThat(rows(scratch.session(), EXTENSIONS)).isEqualTo(rows(connection, EXTENSIONS));
            }
            assertThat(rows(scratch.session(), "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"))
                    .isEmpty();
        }
    }

    @Test
    void aScriptRunAsPsqldefUserCreatesInItsSchemaAndLeavesTheSessionAsItWas(TestDatabase db) throws SQLException {
        try (ScratchDatabase scratch = new ScratchDatabase(db)) {
            List<String> before = rows(scratch.session(), "SELECT current_user || ' ' || current_setting('search_path')");
            scratch.createUserSchema();

            assertThat(scratch.load("CREATE TABLE t (a int); SET statement_timeout = '1s';", true, false)).isEmpty();

            assertThat(rows(scratch.session(), "SELECT relnamespace::regnamespace || '.' || relname || ' ' || "
                    + "relowner::regrole FROM pg_class WHERE relname = 't'")).containsExactly("foo.t psqldef_user");
            assertThat(rows(scratch.session(), "SELECT current_user || ' ' || current_setting('search_path')"))
                    .isEqualTo(before);
            assertThat(rows(scratch.session(), "SHOW statement_timeout")).containsExactly("0");
            assertThat(scratch.userSchemas()).containsExactly("foo", "public");
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
