package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.CHARSET;
import static dev.atlasj.mysql.MySqlAttributes.COLLATION;
import static dev.atlasj.mysql.MySqlAttributes.ENGINE;
import static dev.atlasj.mysql.MySqlAttributes.PARTITIONING;
import static dev.atlasj.mysql.MySqlAttributes.ROW_FORMAT;
import static dev.atlasj.mysql.MySqlAttributes.TABLE_OPTIONS;

import dev.atlasj.mysql.MySqlTypes;
import dev.atlasj.mysql.Partitioning;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ALTER TABLE} clauses that change a table's options: engine, character set and
 * collation, row format, other options, comment, partitioning. An option no longer given goes back
 * to its default: {@code ENGINE=InnoDB}, the database's character set, {@code ROW_FORMAT=DEFAULT},
 * an empty comment, {@code REMOVE PARTITIONING}.
 */
final class TableOptions {

    /** Options whose default is not spelled {@code DEFAULT} but as a value. */
    private static final Map<String, String> RESET_VALUES = Map.of("checksum", "0", "delay_key_write", "0",
            "max_rows", "0", "min_rows", "0", "avg_row_length", "0", "key_block_size", "0",
            "page_compressed", "0", "page_checksum", "0", "transactional", "0");
    private static final String DEFAULT_ENGINE = "InnoDB";

    private final TableName name;
    private final Table from;
    private final Table to;
    private final Schema schema;

    /** @param schema the table's database as the plan leaves it, or {@code null} when not known */
    TableOptions(TableName name, Table from, Table to, Schema schema) {
        this.name = name;
        this.from = from;
        this.to = to;
        this.schema = schema;
    }

    /** Whether the table's own character set or collation changes. */
    boolean charsetChanges() {
        return !Objects.equals(from.attributes().get(CHARSET), to.attributes().get(CHARSET))
                || !Objects.equals(from.attributes().get(COLLATION), to.attributes().get(COLLATION));
    }

    /** The clauses, each with its reverse. */
    List<Clause> clauses() {
        List<Clause> clauses = new ArrayList<>();
        Attributes a = from.attributes();
        Attributes b = to.attributes();
        if (!Objects.equals(a.get(ENGINE), b.get(ENGINE))) {
            clauses.add(new Clause(engine(b), engine(a)));
        }
        if (charsetChanges()) {
            clauses.add(new Clause(charset(b), charset(a)));
        }
        if (!Objects.equals(a.get(ROW_FORMAT), b.get(ROW_FORMAT))) {
            clauses.add(new Clause(rowFormat(b), rowFormat(a)));
        }
        if (!Objects.equals(a.get(TABLE_OPTIONS), b.get(TABLE_OPTIONS))) {
            clauses.add(new Clause(otherOptions(a, b), otherOptions(b, a)));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            clauses.add(new Clause(comment(to), comment(from)));
        }
        return clauses;
    }

    /** {@code PARTITION BY …} or {@code REMOVE PARTITIONING} when the partitioning changes, else {@code null}. */
    Clause partitioning() {
        Partitioning a = from.attributes().get(PARTITIONING);
        Partitioning b = to.attributes().get(PARTITIONING);
        return Objects.equals(a, b) ? null : new Clause(partitionBy(b), partitionBy(a));
    }

    private String partitionBy(Partitioning partitioning) {
        return partitioning == null ? "REMOVE PARTITIONING" : TableDdl.partitionBy(name, partitioning);
    }

    private static String engine(Attributes a) {
        return "ENGINE=" + (a.has(ENGINE) ? a.get(ENGINE) : DEFAULT_ENGINE);
    }

    /**
     * {@code DEFAULT CHARSET=c COLLATE=k}; for a table that inherits its database's, the database's when
     * known, else {@code CHARACTER SET DEFAULT}.
     */
    private String charset(Attributes a) {
        return TableDdl.defaultCharset(a.has(CHARSET) || a.has(COLLATION) || schema == null ? a : schema.attributes());
    }

    private static String rowFormat(Attributes a) {
        return "ROW_FORMAT=" + (a.has(ROW_FORMAT) ? a.get(ROW_FORMAT) : "DEFAULT");
    }

    private static String comment(Table table) {
        return "COMMENT=" + MySqlTypes.quote(table.comment() == null ? "" : table.comment());
    }

    /** The options of {@code b} that differ from {@code a}'s, those {@code b} lacks set back to their default. */
    private static String otherOptions(Attributes a, Attributes b) {
        Map<String, String> before = parse(a.get(TABLE_OPTIONS));
        Map<String, String> after = parse(b.get(TABLE_OPTIONS));
        List<String> clauses = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                clauses.add(key + "=" + value);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key))
                .forEach(key -> clauses.add(key + "=" + RESET_VALUES.getOrDefault(key.toLowerCase(Locale.ROOT), "DEFAULT")));
        return String.join(" ", clauses);
    }

    private static Map<String, String> parse(String options) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (options != null) {
            for (String option : options.strip().split("\\s+")) {
                int eq = option.indexOf('=');
                if (eq > 0) {
                    parsed.put(option.substring(0, eq), option.substring(eq + 1));
                } else if (!option.isEmpty()) {
                    parsed.put(option, "1");
                }
            }
        }
        return parsed;
    }
}
