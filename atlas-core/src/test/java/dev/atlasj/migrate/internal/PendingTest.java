package dev.atlasj.migrate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.migrate.ExecOrder;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationFile;
import dev.atlasj.migrate.MigrationHistoryException;
import dev.atlasj.migrate.Revision;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PendingTest {

    @Test
    void aCleanDatabaseStartsAtTheLastCheckpoint() {
        MigrationDirectory dir = dir("1_a.sql", "2_full.sql:checkpoint", "3_c.sql");

        assertThat(names(Pending.fresh(dir).files())).containsExactly("2_full.sql", "3_c.sql");
    }

    @Test
    void filesAfterTheLastRevisionArePendingAndLaterCheckpointsAreSkipped() {
        MigrationDirectory dir = dir("1_a.sql", "2_b.sql", "3_full.sql:checkpoint", "4_d.sql");

        Pending pending = Pending.of(dir, List.of(done("1"), done("2")), ExecOrder.LINEAR);

        assertThat(names(pending.files())).containsExactly("4_d.sql");
        assertThat(pending.last().map(Revision::version)).contains("2");
    }

    @Test
    void aPartlyAppliedFileIsPendingAgain() {
        MigrationDirectory dir = dir("1_a.sql", "2_b.sql", "3_c.sql");

        Pending pending = Pending.of(dir, List.of(done("1"), partial("2")), ExecOrder.LINEAR);

        assertThat(names(pending.files())).containsExactly("2_b.sql", "3_c.sql");
        assertThat(pending.resumed().map(Revision::version)).contains("2");
    }

    @Test
    void aPartlyAppliedFileThatIsGoneIsRefused() {
        MigrationDirectory dir = dir("1_a.sql", "3_c.sql");

        assertThatThrownBy(() -> Pending.of(dir, List.of(done("1"), partial("2")), ExecOrder.LINEAR))
                .isInstanceOf(MigrationHistoryException.class)
                .hasMessageContaining("revision 2 is partly applied (1 of 2 statements)");
    }

    @Test
    void aRevisionWhoseFileIsGoneIsPlacedByItsVersion() {
        MigrationDirectory dir = dir("1_a.sql", "3_c.sql");

        assertThat(names(Pending.of(dir, List.of(done("1"), done("2")), ExecOrder.LINEAR).files()))
                .containsExactly("3_c.sql");
    }

    @Test
    void filesBeforeTheFirstRevisionAreNotOutOfOrder() {
        MigrationDirectory dir = dir("1_a.sql", "2_b.sql", "3_c.sql", "4_d.sql");

        Pending pending = Pending.of(dir, List.of(baseline("2"), done("3")), ExecOrder.LINEAR);

        assertThat(names(pending.files())).containsExactly("4_d.sql");
        assertThat(pending.outOfOrder()).isEmpty();
    }

    @Test
    void aSkippedFileIsAnErrorLeftOutOrRunFirstAsTheOrderSays() {
        MigrationDirectory dir = dir("1_a.sql", "2_b.sql", "3_c.sql", "4_d.sql");
        List<Revision> revisions = List.of(done("1"), done("3"));

        assertThatThrownBy(() -> Pending.of(dir, revisions, ExecOrder.LINEAR))
                .isInstanceOf(MigrationHistoryException.class)
                .hasMessageStartingWith("migration file 2_b.sql has not run, but the later version 3 has");
        Pending skip = Pending.of(dir, revisions, ExecOrder.LINEAR_SKIP);
        assertThat(names(skip.files())).containsExactly("4_d.sql");
        assertThat(names(skip.outOfOrder())).containsExactly("2_b.sql");
        assertThat(names(Pending.of(dir, revisions, ExecOrder.NON_LINEAR).files())).containsExactly("2_b.sql", "4_d.sql");
    }

    @Test
    void aResolvedRevisionIsNotResumed() {
        MigrationDirectory dir = dir("1_a.sql", "2_b.sql");
        Revision resolved = revision("2", Revision.EXECUTE | Revision.RESOLVED, 1, 2);

        assertThat(Pending.of(dir, List.of(done("1"), resolved), ExecOrder.LINEAR).files()).isEmpty();
    }

    private static MigrationDirectory dir(String... files) {
        Map<String, byte[]> content = new LinkedHashMap<>();
        for (String file : files) {
            String[] parts = file.split(":");
            String text = (parts.length > 1 ? "-- atlas:checkpoint\n\n" : "") + "SELECT 1;\n";
            content.put(parts[0], text.getBytes(StandardCharsets.UTF_8));
        }
        return MigrationDirectory.inMemory(DirectoryFormat.ATLAS, content);
    }

    private static Revision done(String version) {
        return revision(version, Revision.EXECUTE, 1, 1);
    }

    private static Revision partial(String version) {
        return revision(version, Revision.EXECUTE, 1, 2);
    }

    private static Revision baseline(String version) {
        return revision(version, Revision.BASELINE, 0, 0);
    }

    private static Revision revision(String version, int type, int applied, int total) {
        return new Revision(version, "", type, applied, total, Instant.EPOCH, Duration.ZERO, Optional.empty(),
                Optional.empty(), "", List.of(), "test");
    }

    private static List<String> names(List<MigrationFile> files) {
        return files.stream().map(MigrationFile::name).toList();
    }
}
