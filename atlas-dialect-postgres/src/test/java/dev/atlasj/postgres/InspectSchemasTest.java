package dev.atlasj.postgres;

import static dev.atlasj.postgres.Inspections.inspect;
import static dev.atlasj.postgres.Inspections.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.InspectionException;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class InspectSchemasTest {

    private static final String THREE_SCHEMAS = """
            CREATE SCHEMA a;
            CREATE SCHEMA b;
            COMMENT ON SCHEMA b IS 'bee';
            CREATE TABLE a.t (x int);
            CREATE TABLE b.t (y int);
            CREATE TABLE public.t (z int);
            """;

    @Test
    void aFreshDatabaseIsAnEmptyPublicSchema(TestDatabase db) {
        Realm realm = inspect(db);

        assertThat(realm.schemas()).containsExactly(Schema.named("public"));
        assertThat(realm.extensions()).isEmpty();
    }

    @Test
    void readsEveryUserSchemaWithCommentsButNoSystemSchema(TestDatabase db) {
        db.execute(THREE_SCHEMAS);

        Realm realm = inspect(db);

        assertThat(realm.schemas()).extracting(Schema::name).containsExactly("a", "b", "public");
        assertThat(schema(realm, "b").comment()).isEqualTo("bee");
        assertThat(schema(realm, "a").comment()).isNull();
        assertThat(schema(realm, "a").tables()).extracting(Table::name).containsExactly("t");
    }

    @Test
    void readsOnlyTheRequestedSchemas(TestDatabase db) {
        db.execute(THREE_SCHEMAS);

        assertThat(inspect(db, "b").schemas()).extracting(Schema::name).containsExactly("b");
        Realm two = inspect(db, "public", "a");
        assertThat(two.schemas()).extracting(Schema::name).containsExactly("a", "public");
        assertThat(schema(two, "a").tables().get(0).columns().get(0).name()).isEqualTo("x");
        assertThat(schema(two, "public").tables().get(0).columns().get(0).name()).isEqualTo("z");
    }

    @Test
    void namesTheRequestedSchemasThatDoNotExist(TestDatabase db) {
        db.execute(THREE_SCHEMAS);

        assertThatThrownBy(() -> inspect(db, "a", "nope", "pg_catalog"))
                .isInstanceOf(InspectionException.class)
                .hasMessageStartingWith("schemas \"nope\", \"pg_catalog\" do not exist in database \"" + db.name() + "\"");
        assertThatThrownBy(() -> inspect(db, "Nope"))
                .hasMessageStartingWith("schema \"Nope\" does not exist in database \"" + db.name() + "\"");
    }

    @Test
    void readsExtensionsButNotPlpgsqlNorWhatExtensionsCreate(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA ext;
                CREATE EXTENSION hstore SCHEMA ext;
                CREATE EXTENSION citext;
                COMMENT ON EXTENSION citext IS 'case-insensitive text';
                CREATE TABLE public.t (name public.citext, attrs ext.hstore);
                """);

        Realm all = inspect(db);
        assertThat(all.extensions()).containsExactly(
                new Extension("citext", "public", installedVersion(db, "citext"), "case-insensitive text"),
                new Extension("hstore", "ext", installedVersion(db, "hstore"),
                        "data type for storing sets of (key, value) pairs"));
        assertThat(schema(all, "ext").isEmpty()).as("hstore's type is the extension's").isTrue();
        assertThat(schema(all, "public").tables()).extracting(Table::name).containsExactly("t");

        assertThat(inspect(db, "ext").extensions()).extracting(Extension::name).containsExactly("hstore");
    }

    @Test
    void leavesOutWhateverBelongsToAnExtension(TestDatabase db) {
        db.execute("""
                CREATE EXTENSION citext;
                CREATE SCHEMA owned;
                CREATE TABLE ext_table (id int PRIMARY KEY);
                CREATE TYPE ext_enum AS ENUM ('a');
                CREATE SEQUENCE ext_seq;
                ALTER EXTENSION citext ADD SCHEMA owned;
                ALTER EXTENSION citext ADD TABLE ext_table;
                ALTER EXTENSION citext ADD TYPE ext_enum;
                ALTER EXTENSION citext ADD SEQUENCE ext_seq;
                CREATE TABLE t (id int, ext_id int REFERENCES ext_table);
                """);

        Realm realm = inspect(db);

        assertThat(realm.schemas()).extracting(Schema::name).containsExactly("public");
        assertThat(schema(realm, "public").tables()).extracting(Table::name).containsExactly("t");
        assertThat(schema(realm, "public").tables().get(0).foreignKeys()).containsExactly(new ForeignKey(
                "t_ext_id_fkey", List.of("ext_id"), "public", "ext_table", List.of("id"), null, null, null));
        assertThat(schema(realm, "public").enums()).isEmpty();
        assertThat(schema(realm, "public").sequences()).isEmpty();
        assertThatThrownBy(() -> inspect(db, "owned")).hasMessageContaining("\"owned\" does not exist");
    }

    /** The version the server installed, which depends on the server's release. */
    private static String installedVersion(TestDatabase db, String extension) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement("SELECT extversion FROM pg_extension WHERE extname = ?")) {
            s.setString(1, extension);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
