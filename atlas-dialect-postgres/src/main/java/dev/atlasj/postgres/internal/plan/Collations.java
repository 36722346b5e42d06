package dev.atlasj.postgres.internal.plan;

import dev.atlasj.postgres.PostgresIdentifiers;
import java.util.regex.Pattern;

/**
 * Collation names as {@code COLLATE} takes them.
 *
 * <p>The model holds a collation of {@code pg_catalog} by its bare name ({@code C},
 * {@code en_US.utf8}), any other as the reference PostgreSQL prints ({@code public.posix},
 * {@code public."numeric"}). A bare name is quoted whole; a reference is SQL already. What tells
 * them apart: a reference either holds a quoted part or is two plain lower-case words joined by a
 * dot, which no collation PostgreSQL ships is named like (theirs carry upper case, as in
 * {@code en_US.utf8}, or no dot).
 */
final class Collations {

    private static final Pattern REFERENCE = Pattern.compile("[a-z_][a-z0-9_$]*\\.[a-z_][a-z0-9_$]*");

    private Collations() {
    }

    static String sql(String collation) {
        if (collation.indexOf('"') >= 0 || REFERENCE.matcher(collation).matches()) {
            return collation;
        }
        return PostgresIdentifiers.quote(collation);
    }
}
