package dev.atlasj.conformance;

import dev.atlasj.postgres.PostgresIdentifiers;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles the cases grant to and own objects as: sqldef's test roles, migra's
 * {@code schemainspect_test_role} and {@code postgres}. Roles belong to the whole server, so they are
 * created once when missing and never dropped: another run may be using them.
 */
final class ClusterRoles {

    /** The login role of sqldef's {@code user:} cases. */
    static final String PSQLDEF_USER = "psqldef_user";

    private static final List<String> ROLES = List.of(
            "readonly_user", "app_user", "admin_role",
            "user-with-dash", "user.with.dot", "user with spaces",
            "CamelCaseUser", "UPPERCASE_USER", "My User", "user@domain.com",
            "user1", "user2", "user3", "user4",
            "reader", "writer", "admin", "reader1", "reader2", "writer1", "writer2",
            "role1", "role2", "power_user",
            PSQLDEF_USER, "schemainspect_test_role", "postgres");

    private static final String DUPLICATE_OBJECT = "42710";
    private static final String UNIQUE_VIOLATION = "23505";

    private ClusterRoles() {
    }

    /** Creates the roles that do not exist yet; a role another session creates meanwhile is fine. */
    static void ensure(Connection connection) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT rolname FROM pg_roles WHERE rolname = ANY (?)")) {
            Array names = connection.createArrayOf("text", ROLES.toArray());
            query.setArray(1, names);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        for (String role : ROLES) {
            if (!existing.contains(role)) {
                create(connection, role);
            }
        }
    }

    private static void create(Connection connection, String role) throws SQLException {
        String login = role.equals(PSQLDEF_USER) ? " LOGIN" : "";
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + PostgresIdentifiers.quote(role) + login);
        } catch (SQLException e) {
            if (!DUPLICATE_OBJECT.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
