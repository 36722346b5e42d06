package dev.atlasj.postgres.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row: what PostgreSQL prints ({@code pg_get_expr} with an empty search path, checked on
 * PostgreSQL 15), a way a person writes the same expression, and the canonical form both become.
 * The columns are those of {@link #RULES}.
 */
class ExpressionsTest {

    private static final Canonicalizer RULES = new Canonicalizer(new ModelTypes(
            NameScope.of(Realm.of(Schema.builder("public")
                    .enumType(EnumType.of("mood", "ok", "sad"))
                    .sequence(Sequence.of("t_id_seq"))
                    .build())).in("public"), Set.of("public.mood")),
            Map.of("id", "integer", "big", "bigint", "email", "text", "name", "character varying(20)",
                    "code", "character(3)", "m", "public.mood", "price", "numeric(10,2)", "d", "date",
                    "b", "boolean", "tags", "text[]"));

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            # outer and redundant parentheses, keyword case
            ((id > 0) AND (id < 100))                          ¦ id > 0 and id < 100                 ¦ id > 0 AND id < 100
            (((id * 2) + 1) > 3)                               ¦ id * 2 + 1 > 3                      ¦ id * 2 + 1 > 3
            ((id - (2 - 1)) > 0)                               ¦ id - (2 - 1) > 0                    ¦ id - (2 - 1) > 0
            ((id > 0) AND ((id < 10) OR (id > 20)))            ¦ id > 0 AND (id < 10 OR id > 20)     ¦ id > 0 AND (id < 10 OR id > 20)
            (NOT ((id > 5) AND (id < 6)))                      ¦ NOT (id > 5 AND id < 6)             ¦ NOT (id > 5 AND id < 6)
            ((id IS NOT NULL) OR (email IS NOT NULL))          ¦ id NOTNULL OR email IS NOT NULL     ¦ id IS NOT NULL OR email IS NOT NULL
            # AND and OR chains are one list
            ((id > 0) AND (id < 5) AND (id <> 3))              ¦ id > 0 AND (id < 5 AND id <> 3)     ¦ id > 0 AND id < 5 AND id <> 3
            # PostgreSQL's parser rewrites
            (id <> 5)                                          ¦ id != 5                             ¦ id <> 5
            (email ~~ '%@%'::text)                             ¦ email LIKE '%@%'                    ¦ email ~~ '%@%'
            (email !~~* 'x%'::text)                            ¦ email NOT ILIKE 'x%'                ¦ email !~~* 'x%'
            ((id >= 1) AND (id <= 10))                         ¦ id BETWEEN 1 AND 10                 ¦ id >= 1 AND id <= 10
            ((id < 1) OR (id > 10))                            ¦ id NOT BETWEEN 1 AND 10             ¦ id < 1 OR id > 10
            (id = ANY (ARRAY[1, 2, 3]))                        ¦ id IN (1, 2, 3)                     ¦ id IN (1, 2, 3)
            (id <> ALL (ARRAY[1, 2]))                          ¦ id NOT IN (1,2)                     ¦ id NOT IN (1, 2)
            (id = 1)                                           ¦ id IN (1)                           ¦ id = 1
            ((id)::text <> 'x'::text)                          ¦ CAST(id AS text) <> 'x'             ¦ id::text <> 'x'
            (ts > (now() - '1 day'::interval))                 ¦ ts > now() - interval '1 day'       ¦ ts > now() - '1 day'::interval
            (COALESCE(id, 0) >= 0)                             ¦ coalesce(id, 0) >= 0                ¦ COALESCE(id, 0) >= 0
            ((- id) < 0)                                       ¦ -id < 0                             ¦ -id < 0
            # a constant PostgreSQL prints with a cast
            (id > '-1'::integer)                               ¦ id > -1                             ¦ id > -1
            (big > '10000000000'::bigint)                      ¦ big > 10000000000                   ¦ big > 10000000000
            # the cast of a constant compared with a column of that type
            (email <> ''::text)                                ¦ email <> ''                         ¦ email <> ''
            (m <> 'sad'::public.mood)                          ¦ m <> 'sad'::mood                    ¦ m <> 'sad'
            (code = 'abc'::bpchar)                             ¦ code = 'abc'                        ¦ code = 'abc'
            (price > (0)::numeric)                             ¦ price > 0                           ¦ price > 0
            (d > '2020-01-01'::date)                           ¦ d > '2020-01-01'                    ¦ d > '2020-01-01'
            (tags <> '{}'::text[])                             ¦ tags <> '{}'                        ¦ tags <> '{}'
            (email = ANY (ARRAY['a'::text, 'b'::text]))        ¦ email IN ('a', 'b')                 ¦ email IN ('a', 'b')
            (m = ANY (ARRAY['ok'::public.mood, 'sad'::public.mood])) ¦ m IN ('ok', 'sad')             ¦ m IN ('ok', 'sad')
            (email = ANY ('{a,b}'::text[]))                    ¦ email = any('{a,b}')                ¦ email = ANY ('{a,b}')
            ((id)::text <> ''::text)                           ¦ id::text <> ''                      ¦ id::text <> ''
            (COALESCE(email, ''::text) <> ''::text)            ¦ coalesce(email, '') <> ''           ¦ COALESCE(email, '') <> ''
            ((email || 'x'::text) <> 'y'::text)                ¦ email || 'x' <> 'y'                 ¦ email || 'x' <> 'y'
            (lower(email) = 'x'::text)                         ¦ lower(email) = 'x'                  ¦ lower(email) = 'x'
            (email >= ('a'::text COLLATE "C"))                 ¦ email >= 'a' COLLATE "C"            ¦ email >= 'a' COLLATE "C"
            # the cast PostgreSQL adds to a varchar column
            ((name)::text <> ''::text)                         ¦ name <> ''                          ¦ name <> ''
            ((name)::text = ('x'::character varying)::text)    ¦ name = 'x'::varchar                 ¦ name = 'x'
            (char_length((name)::text) < 10)                   ¦ char_length(name) < 10              ¦ char_length(name) < 10
            (email IS DISTINCT FROM (name)::text)              ¦ email IS DISTINCT FROM name         ¦ email IS DISTINCT FROM name
            ((name)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])) ¦ name in ('a', 'b') ¦ name IN ('a', 'b')
            # pretty-printed CASE, quoting, comments, escape strings
            `CASE\n    WHEN (id > 0) THEN true\n    ELSE false\nEND` ¦ CASE WHEN id > 0 THEN TRUE ELSE FALSE END ¦ CASE WHEN id > 0 THEN true ELSE false END
            (email <> ''::text)                                ¦ "email" <> '' -- not empty          ¦ email <> ''
            `(email <> 'it''s'::text)`                         ¦ email <> E'it\\'s'                  ¦ email <> 'it''s'
            `(email <> 'a\\b'::text)`                          ¦ email <> $$a\\b$$                   ¦ email <> 'a\\b'
            ("left"(email, 2) <> 'ab'::text)                   ¦ LEFT(email, 2) <> 'ab'              ¦ "left"(email, 2) <> 'ab'
            nextval('public.t_id_seq'::regclass)               ¦ nextval('t_id_seq')                 ¦ nextval('public.t_id_seq'::regclass)
            """)
    void postgresOutputAndHandWrittenSpellingMeetInOneForm(String printed, String written, String canonical) {
        assertThat(Expressions.expression(unescape(printed), RULES)).isEqualTo(unescape(canonical));
        assertThat(Expressions.expression(unescape(written), RULES)).isEqualTo(unescape(canonical));
        assertThat(Expressions.expression(unescape(canonical), RULES)).as("idempotent").isEqualTo(unescape(canonical));
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            # different SQL, though the value may agree
            CURRENT_TIMESTAMP                    ¦ now()
            price > 1.5                          ¦ price > 1.50
            email <> 'a'                         ¦ email <> 'A'
            `"Email" <> ''`                      ¦ email <> ''
            # a cast that can change the value stays
            email = 'abc'::character varying(2)  ¦ email = 'abc'
            code = 'abcd'::character             ¦ code = 'abcd'
            # implicit casts between different types are not resolved
            (price * (id)::numeric)              ¦ price * id
            # precedence: these are different trees
            (id + 1) * 2                         ¦ id + 1 * 2
            NOT (id = 1 AND b)                   ¦ NOT id = 1 AND b
            """)
    void differentExpressionsStayDifferent(String one, String other) {
        assertThat(Expressions.expression(unescape(one), RULES)).isNotEqualTo(Expressions.expression(unescape(other), RULES));
    }

    @ParameterizedTest(name = "{0} is read token by token: {1}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            (EXTRACT(year FROM d) > (2000)::numeric)          ¦ (extract(year FROM d) > (2000)::numeric)
            `  extract( YEAR   from d ) > (2000)::numeric  `  ¦ extract(year FROM d) > (2000)::numeric
            (SUBSTRING(email FROM 1 FOR 2) <> 'x'::text)      ¦ (substring(email FROM 1 FOR 2) <> 'x'::text)
            email similar to 'a%'                             ¦ email SIMILAR TO 'a%'
            `(tags[1] <> 'x'::text)`                          ¦ `(tags[1] <> 'x'::text)`
            """)
    void syntaxTheParserDoesNotReadIsComparedTokenByToken(String sql, String canonical) {
        assertThat(Expressions.expression(sql, RULES)).isEqualTo(canonical);
        assertThat(Expressions.expression(canonical, RULES)).as("idempotent").isEqualTo(canonical);
    }

    @ParameterizedTest(name = "DEFAULT {0} on {1} is {2}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', nullValues = "(none)", textBlock = """
            'a'::text                         ¦ text                        ¦ 'a'
            'a'                               ¦ text                        ¦ 'a'
            'x'::character varying            ¦ character varying(10)       ¦ 'x'
            'x'::character varying(10)        ¦ character varying(10)       ¦ 'x'
            'ab'::bpchar                      ¦ character(3)                ¦ 'ab'
            'ok'::public.mood                 ¦ public.mood                 ¦ 'ok'
            'ok'::mood                        ¦ public.mood                 ¦ 'ok'
            '{}'::text[]                      ¦ text[]                      ¦ '{}'
            '{ok}'::public.mood[]             ¦ public.mood[]               ¦ '{ok}'
            0                                 ¦ integer                     ¦ 0
            '0'::integer                      ¦ integer                     ¦ 0
            '0'                               ¦ bigint                      ¦ 0
            '0'::bigint                       ¦ bigint                      ¦ 0
            '-1'::integer                     ¦ integer                     ¦ -1
            - 1                               ¦ integer                     ¦ -1
            '10000000000'::bigint             ¦ bigint                      ¦ 10000000000
            1.50                              ¦ numeric                     ¦ 1.50
            '1.50'::numeric                   ¦ numeric(10,2)               ¦ 1.50
            '-1.5'::numeric                   ¦ double precision            ¦ -1.5
            '1000'::numeric                   ¦ numeric                     ¦ 1000
            true                              ¦ boolean                     ¦ true
            't'::boolean                      ¦ boolean                     ¦ true
            'yes'                             ¦ boolean                     ¦ true
            'off'                             ¦ boolean                     ¦ false
            NULL                              ¦ text                        ¦ (none)
            NULL::text                        ¦ text                        ¦ (none)
            nextval('t_id_seq'::regclass)     ¦ integer                     ¦ nextval('public.t_id_seq'::regclass)
            nextval('public.t_id_seq')        ¦ integer                     ¦ nextval('public.t_id_seq'::regclass)
            interval '1 day'                  ¦ interval                    ¦ '1 day'
            CURRENT_TIMESTAMP                 ¦ timestamp with time zone    ¦ CURRENT_TIMESTAMP
            now()                             ¦ timestamp with time zone    ¦ now()
            'x'::character varying(1)         ¦ text                        ¦ 'x'::character varying(1)
            ARRAY[]::text[]                   ¦ text[]                      ¦ ARRAY[]::text[]
            1.0                               ¦ integer                     ¦ 1.0
            '1.5'                             ¦ integer                     ¦ '1.5'
            'ok'::text                        ¦ public.mood                 ¦ 'ok'::text
            """)
    void defaultsLoseTheCastToTheirColumnsType(String written, String columnType, String canonical) {
        assertThat(Expressions.defaultValue(written, columnType, RULES)).isEqualTo(canonical);
        if (canonical != null) {
            assertThat(Expressions.defaultValue(canonical, columnType, RULES)).as("idempotent").isEqualTo(canonical);
        }
    }

    @ParameterizedTest(name = "{0} with a renamed to z: {1}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            a > 0                        ¦ z > 0
            a <> 'a' AND t.a > 0         ¦ z <> 'a' AND t.a > 0
            a(a) > 0                     ¦ a(z) > 0
            `"a" > 0`                    ¦ z > 0
            """)
    void renamingAColumnRewritesItsReferencesOnly(String expression, String renamed) {
        assertThat(Expressions.rename(unescape(expression), "a", "z")).isEqualTo(renamed);
        assertThat(Expressions.rename("a > 0", "a", "select")).isEqualTo("\"select\" > 0");
    }

    /** The rows spell a newline {@code \n}. */
    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
