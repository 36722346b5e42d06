package dev.atlasj.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.Changes;
import dev.atlasj.diff.DiffRules;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.plan.Plan;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.testkit.DatabaseEngine;
import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.Engine;
import dev.atlasj.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What {@code atlas schema inspect --format sql} promises: the DDL planned from an inspected schema
 * rebuilds, in an empty database, a schema that inspects equal, exactly; and its reverses empty the
 * database again.
 */
@ExtendWith(DatabaseExtension.class)
@DatabaseEngine(Engine.MYSQL)
class RoundTripTest {

    private static final String RICH_SCHEMA = """
            ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_bin COMMENT 'round trip';
            CREATE TABLE orgs (
              id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
              name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'display name',
              slug varchar(40) NOT NULL,
              created_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
              plan enum('free','team','it''s') NOT NULL DEFAULT 'free',
              flags set('a','b','c') DEFAULT 'a,c',
              active bool NOT NULL DEFAULT TRUE,
              UNIQUE KEY slug (slug),
              CONSTRAINT slug_format CHECK (slug REGEXP '^[a-z-]+$')
            ) ENGINE=InnoDB AUTO_INCREMENT=42 ROW_FORMAT=DYNAMIC COMMENT 'tenants';

            CREATE TABLE users (
              id bigint NOT NULL AUTO_INCREMENT,
              org_id int unsigned NOT NULL,
              manager_id bigint DEFAULT NULL,
              email varchar(255) NOT NULL,
              bio text,
              price decimal(10,2) DEFAULT 0,
              ratio double DEFAULT 1.5,
              born date DEFAULT '2000-01-01',
              uid char(36) DEFAULT (uuid()),
              doc json,
              email_domain varchar(255) AS (substring_index(email, '@', -1)) VIRTUAL,
              email_lower varchar(255) AS (lower(email)) STORED,
              secret varchar(10) INVISIBLE,
              `order` int,
              `select` varchar(10),
              PRIMARY KEY (id),
              UNIQUE INDEX users_email (org_id, email(100) DESC),
              INDEX users_manager (manager_id) COMMENT 'who reports to whom',
              INDEX `key` (`order`, `select`),
              FULLTEXT INDEX users_bio (bio),
              KEY ignored_one (price) IGNORED,
              CONSTRAINT users_org FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE,
              CONSTRAINT users_manager_fk FOREIGN KEY (manager_id) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
              CHECK (price >= 0)
            ) DEFAULT CHARSET=utf8mb4;

            CREATE TABLE a (id int PRIMARY KEY, b_id int);
            CREATE TABLE b (id int PRIMARY KEY, a_id int, FOREIGN KEY (a_id) REFERENCES a (id));
            ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id);

            CREATE TABLE events (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))
              PARTITION BY RANGE COLUMNS (at) (
                PARTITION p2024 VALUES LESS THAN ('2025-01-01') COMMENT 'last year',
                PARTITION pmax VALUES LESS THAN (MAXVALUE));
            CREATE TABLE buckets (id int PRIMARY KEY, n int) PARTITION BY HASH (id) PARTITIONS 3;
            CREATE TABLE cache (k varchar(20) PRIMARY KEY, v int, KEY v_btree (v) USING BTREE, KEY v_hash (v) USING HASH)
              ENGINE=MEMORY;
            CREATE TABLE places (id int PRIMARY KEY, p point NOT NULL, SPATIAL INDEX p (p));

            CREATE VIEW active_orgs AS SELECT id, name FROM orgs WHERE active;
            CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW org_names AS SELECT name FROM active_orgs WHERE id > 1
              WITH CASCADED CHECK OPTION;
            CREATE FUNCTION add_one(x int) RETURNS int DETERMINISTIC NO SQL COMMENT 'adds one' RETURN x + 1;
            CREATE PROCEDURE touch_org(IN org int unsigned)
            MODIFIES SQL DATA
            BEGIN
              UPDATE orgs SET slug = slug WHERE id = org;
              SELECT add_one(org);
            END;
            CREATE TRIGGER users_before_insert BEFORE INSERT ON users FOR EACH ROW
            BEGIN
              SET NEW.email = lower(NEW.email);
              SET NEW.price = coalesce(NEW.price, 0);
            END;
            CREATE TRIGGER users_before_insert_2 BEFORE INSERT ON users FOR EACH ROW SET NEW.bio = trim(NEW.bio);
            CREATE TRIGGER orgs_after_update AFTER UPDATE ON orgs FOR EACH ROW CALL touch_org(NEW.id);
            """;

    @Test
    void theDdlOfAnInspectedSchemaRebuildsAnEqualSchemaAndItsReversesRemoveIt(TestDatabase source, TestDatabase copy) {
        source.execute(RICH_SCHEMA);
        Realm original = Realms.renamed(Inspections.inspect(source, source.name()), source.name(), copy.name());

        Plan ddl = new MySqlPlanner().plan(Changes.toCreate(original).stream()
                .filter(c -> !(c instanceof SchemaChange.AddSchema)).toList());
        copy.execute("ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_bin COMMENT 'round trip'");
        PlanRunner.apply(ddl, copy);
        Realm rebuilt = Inspections.inspect(copy, copy.name());

        assertThat(new Differ(DiffRules.EXACT).diff(original, rebuilt)).isEmpty();
        assertThat(rebuilt).isEqualTo(original);
        Schema schema = original.schemas().get(0);
        assertThat(schema.tables()).hasSize(8);
        assertThat(schema.views()).hasSize(2);
        assertThat(schema.routines()).hasSize(2);
        assertThat(schema.triggers()).hasSize(3);

        PlanRunner.revert(ddl, copy);
        assertThat(Inspections.inspect(copy, copy.name()).schemas().get(0).isEmpty()).isTrue();
    }
}
