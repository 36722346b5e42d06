package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens around a start, shown with other JVMs so that this one starts no server of its own
 * ({@link EmbeddedPostgresProviderTest} does, once).
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aServerThatAKilledJvmLeftRunningIsStoppedAndTheNextStartSucceeds() throws Exception {
        long orphan;
        try (ChildJvm killed = ChildJvm.start(ChildPrograms.class, "start-and-die", dataDirectory.toString())) {
            orphan = Long.parseLong(killed.nextReport().substring("postmaster ".length()));
            assertThat(killed.exitCode()).as(killed.transcript()).isZero();
        }
        assertThat(ProcessHandle.of(orphan)).as("the killed JVM's server still runs").isPresent();

        try (ChildJvm next = ChildJvm.start(ChildPrograms.class, "start-and-stop", dataDirectory.toString())) {
            assertThat(next.nextReport()).as(next.transcript()).isEqualTo("answered 42");
            assertThat(next.exitCode()).as(next.transcript()).isZero();
        }
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aDirectoryHoldingOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
        Path notes = Files.writeString(dataDirectory.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory))
                .hasMessage(dataDirectory + " is not empty and holds no PostgreSQL data directory (it has notes.txt);"
                        + " give a new or empty directory");
        assertThat(notes).hasContent("keep me");
        assertThat(DataDirectoryLock.tryAcquire(dataDirectory.resolve(EmbeddedPostgresServer.LOCK_FILE)).orElseThrow())
                .as("the refused start released the directory").isNotNull()
                .satisfies(DataDirectoryLock::close);
    }

    @Test
    void aDataDirectoryAnotherProcessUsesIsRefusedWithItsName() throws Exception {
        try (ChildJvm holder = ChildJvm.start(ChildPrograms.class, "hold-lock",
                dataDirectory.resolve(EmbeddedPostgresServer.LOCK_FILE).toString())) {
            assertThat(holder.nextReport()).isEqualTo("locked");

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageMatching("cannot start embedded PostgreSQL on " + Pattern.quote(dataDirectory.toString())
                            + ": process \\d+ uses it");
        }
    }
}
