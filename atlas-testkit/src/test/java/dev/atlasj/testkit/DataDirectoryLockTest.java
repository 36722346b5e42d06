package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir
    Path folder;

    @Test
    void aLockAnotherProcessHoldsIsNotAcquiredUntilItIsReleased() throws Exception {
        Path file = folder.resolve("atlasj.lock");
        try (ChildJvm child = ChildJvm.start(ChildPrograms.class, "hold-lock", file.toString())) {
            assertThat(child.nextReport()).isEqualTo("locked");

            assertThat(DataDirectoryLock.tryAcquire(file)).isEmpty();
            assertThat(DataDirectoryLock.holder(file)).startsWith("process ").isNotEqualTo("process " + ProcessHandle.current().pid());

            child.release();
            assertThat(child.exitCode()).as(child.transcript()).isZero();
        }
        try (DataDirectoryLock lock = DataDirectoryLock.tryAcquire(file).orElseThrow()) {
            assertThat(DataDirectoryLock.holder(file)).isEqualTo("process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void aLockIsHeldByOneOwnerInThisJvm() throws IOException {
        Path file = folder.resolve("atlasj.lock");
        try (DataDirectoryLock first = DataDirectoryLock.tryAcquire(file).orElseThrow()) {
            assertThat(DataDirectoryLock.tryAcquire(file)).isEmpty();
        }
        Optional<DataDirectoryLock> again = DataDirectoryLock.tryAcquire(file);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void aScratchDirectoryHeldByAnotherOwnerIsPassedOver() throws IOException {
        EmbeddedPostgresCache cache = new EmbeddedPostgresCache(folder);

        try (DataDirectoryLock first = EmbeddedPostgresServer.claimScratchDirectory(cache).lock()) {
            EmbeddedPostgresServer.ClaimedDirectory second = EmbeddedPostgresServer.claimScratchDirectory(cache);
            second.lock().close();

            assertThat(second.directory()).isEqualTo(cache.scratch(2));
        }
        EmbeddedPostgresServer.ClaimedDirectory again = EmbeddedPostgresServer.claimScratchDirectory(cache);
        again.lock().close();
        assertThat(again.directory()).isEqualTo(cache.scratch(1));
    }
}
