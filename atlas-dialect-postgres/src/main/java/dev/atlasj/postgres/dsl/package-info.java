/**
 * A Java builder for PostgreSQL schemas that reads like the DDL it stands for.
 *
 * <pre>{@code
 * import static dev.atlasj.postgres.dsl.PostgresSchema.*;
 *
 * Realm desired = realm(
 *     schema("public",
 *         createType("mood").asEnum("sad", "ok", "happy"),
 *         createTable("users",
 *             column("id", "bigint").generatedAlwaysAsIdentity().primaryKey(),
 *             column("email", "text").notNull().unique(),
 *             column("mood", "mood").defaultValue("'ok'"),
 *             column("org_id", "bigint").references("orgs", "id").onDelete(CASCADE),
 *             check("email <> ''")),
 *         createIndex("users_lower_email").on("users").expression("lower(email)")));
 * }</pre>
 *
 * <p>Constraints without a name get the one PostgreSQL would give them ({@code users_pkey},
 * {@code users_email_key}, {@code users_org_id_fkey}), so a schema built here compares equal to the
 * same schema created by SQL.
 */
package dev.atlasj.postgres.dsl;
