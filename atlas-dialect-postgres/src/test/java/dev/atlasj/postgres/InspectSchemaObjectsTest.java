package dev.atlasj.postgres;

import static dev.atlasj.postgres.Inspections.schemaAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class InspectSchemaObjectsTest {

    @Test
    void readsEnumsWithTheirValuesInSortOrder(TestDatabase db) {
        Schema s = schemaAfter(db, "public", """
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
                ALTER TYPE mood ADD VALUE 'ecstatic';
                CREATE TYPE "Odd" AS ENUM ('it''s', 'a,b', '{x}', 'spaced out', '"quoted"', 'ünï');
                COMMENT ON TYPE "Odd" IS 'odd labels';
                """);

        assertThat(s.enums()).containsExactly(
                new EnumType("Odd", List.of("it's", "a,b", "{x}", "spaced out", "\"quoted\"", "ünï"), "odd labels"),
                EnumType.of("mood", "sad", "ok", "happy", "ecstatic"));
    }

    @Test
    void readsStandaloneSequencesWithAllOptions(TestDatabase db) {
        Schema s = schemaAfter(db, "public", """
                CREATE SEQUENCE plain;
                CREATE SEQUENCE custom AS integer START WITH 100 INCREMENT BY -2 MINVALUE -1000 MAXVALUE 1000
                    CACHE 10 CYCLE;
                COMMENT ON SEQUENCE custom IS 'counts down';
                """);

        assertThat(s.sequences()).containsExactly(
                new Sequence("custom", "integer", 100, -2, -1000, 1000, 10, true, null, "counts down", Attributes.empty()),
                Sequence.of("plain"));
    }

    @Test
    void readsSerialAndOwnedSequencesWithTheirOwnerButNotIdentitySequences(TestDatabase db) {
        Schema s = schemaAfter(db, "public", """
                CREATE TABLE t (id serial, big bigserial, ident int GENERATED ALWAYS AS IDENTITY, n int);
                CREATE SEQUENCE owned AS smallint OWNED BY t.n;
                """);

        assertThat(s.sequences()).containsExactly(
                new Sequence("owned", "smallint", 1, 1, 1, Short.MAX_VALUE, 1, false, new Sequence.Owner("t", "n"), null,
                        Attributes.empty()),
                new Sequence("t_big_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, new Sequence.Owner("t", "big"),
                        null, Attributes.empty()),
                new Sequence("t_id_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false, new Sequence.Owner("t", "id"),
                        null, Attributes.empty()));
    }
}
