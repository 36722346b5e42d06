package dev.atlasj.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Generates the MySQL benchmark schema: {@code tables} tables of 10 columns (auto-increment key, enum
 * with a default, decimal, timestamp with CURRENT_TIMESTAMP, json, text, boolean…), a primary key,
 * three secondary indexes (multi-column with a DESC part, unique, prefix), a foreign key to the previous
 * table (backed by the third index, so MySQL adds none) and a check each, plus a table comment.
 */
final class MySqlSchemaGenerator {

    private MySqlSchemaGenerator() {
    }

    static void generate(Connection c, int tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < tables; i++) {
                s.execute(table(i));
            }
        }
    }

    private static String table(int i) {
        String name = name(i);
        String foreignKey = i == 0 ? "" : String.format(Locale.ROOT,
                ",%n  CONSTRAINT fk_%1$d FOREIGN KEY (parent_id) REFERENCES %2$s (id)", i, name(i - 1));
        return String.format(Locale.ROOT, """
                CREATE TABLE %1$s (
                  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  name varchar(100) NOT NULL,
                  email varchar(200),
                  status enum('new', 'active', 'gone') NOT NULL DEFAULT 'new',
                  amount decimal(12,2) DEFAULT 0.00,
                  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
                  payload json,
                  note text,
                  flag tinyint(1) NOT NULL DEFAULT 0,
                  parent_id bigint,
                  KEY ix_%2$d_name (name, created_at DESC),
                  UNIQUE KEY ux_%2$d_email (email),
                  KEY ix_%2$d_parent (parent_id, note(20)),
                  CONSTRAINT ck_%2$d CHECK (amount >= 0)%3$s
                ) COMMENT 'table %2$d'""", name, i, foreignKey);
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "t%04d", i);
    }
}
