package dev.atlasj.conformance;

import dev.atlasj.conformance.ConformanceCase.Setup;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The sqldef cases of one dialect: {@code index/sqldef-postgres.tsv} says which apply to PostgreSQL 15
 * without pgvector ({@code status_pg15}) and {@code index/sqldef-mysql.tsv} which apply to MariaDB
 * 10.11 ({@code status_mariadb10_11}: sqldef's flavor and version markers); the YAML files under
 * {@code sqldef/postgres} and {@code sqldef/mysql} hold their SQL. Only {@code current},
 * {@code desired} and {@code user} matter here; sqldef's expected DDL and output options do not,
 * because the pass criterion is the state the database ends in.
 */
final class SqldefCases {

    /** Where one dialect's cases are and which column of its index says whether a case applies. */
    private record Layout(Suite suite, String index, String folder, String status) {
    }

    private static final Layout POSTGRES = new Layout(Suite.SQLDEF_POSTGRES, "index/sqldef-postgres.tsv",
            "sqldef/postgres", "status_pg15");
    private static final Layout MYSQL = new Layout(Suite.SQLDEF_MYSQL, "index/sqldef-mysql.tsv", "sqldef/mysql",
            "status_mariadb10_11");

    private SqldefCases() {
    }

    /** The sqldef cases of {@code dialect}, applicable or not, in the index's order. */
    static List<ConformanceCase> read(Path suite, DialectUnderTest dialect) {
        Layout layout = dialect == DialectUnderTest.MYSQL ? MYSQL : POSTGRES;
        Path index = suite.resolve(layout.index());
        Map<String, Map<String, Object>> files = new HashMap<>();
        Set<String> indexed = new HashSet<>();
        List<ConformanceCase> cases = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(index)) {
            String file = Tsv.cell(row, "file", index);
            String name = Tsv.cell(row, "case", index);
            String status = Tsv.cell(row, layout.status(), index);
            Map<String, Object> yaml = files.computeIfAbsent(file, f -> yaml(suite.resolve(layout.folder()).resolve(f)));
            if (!(yaml.get(name) instanceof Map<?, ?> fields)) {
                throw new IllegalStateException(layout.index() + " lists case " + name + ", which " + layout.folder()
                        + "/" + file + " does not hold");
            }
            indexed.add(file + "/" + name);
            String skip = status.startsWith("skip:") ? status.substring("skip:".length()) : null;
            cases.add(new ConformanceCase(layout.suite(), file, name, List.of(text(fields.get("current"))),
                    text(fields.get("desired")), setup(layout, fields), skip));
        }
        files.forEach((file, yaml) -> yaml.keySet().stream()
                .filter(name -> !indexed.contains(file + "/" + name))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalStateException(layout.folder() + "/" + file + " holds case " + name
                            + ", which " + layout.index() + " does not list; regenerate the index");
                }));
        return cases;
    }

    /** On MySQL a schema is the database the harness provides, so nothing needs preparing. */
    private static Setup setup(Layout layout, Map<?, ?> fields) {
        if (layout.suite() == Suite.SQLDEF_MYSQL) {
            return Setup.PLAIN;
        }
        return fields.get("user") != null ? Setup.AS_PSQLDEF_USER : Setup.TARGET_KEEPS_START_SCHEMAS;
    }

    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> cases = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return cases == null ? Map.of() : cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
