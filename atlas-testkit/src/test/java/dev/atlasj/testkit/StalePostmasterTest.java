package dev.atlasj.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aPidFileNamingAnotherLiveProgramIsDeleted() throws IOException {
        Path pidFile = writePidFile(ProcessHandle.current().pid());

        StalePostmaster.clear(dataDirectory);

        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aPidFileNamingADeadProcessIsLeftToPostgres() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        Path pidFile = writePidFile(ended.pid());

        StalePostmaster.clear(dataDirectory);

        assertThat(pidFile).exists();
    }

    @Test
    void recognisesThePostmasterOfADataDirectory() {
        Path directory = Path.of("/cache/15.19.0/scratch-1");

        assertThat(StalePostmaster.isPostmasterOf("/cache/binaries/PG-1/bin/postgres",
                "/cache/binaries/PG-1/bin/postgres -D /cache/15.19.0/scratch-1 -p 40000 -F", directory)).isTrue();
        assertThat(StalePostmaster.isPostmasterOf("/cache/binaries/PG-1/bin/postgres",
                "/cache/binaries/PG-1/bin/postgres -D /var/lib/postgresql/15/main", directory)).isFalse();
        assertThat(StalePostmaster.isPostmasterOf("/usr/bin/java",
                "/usr/bin/java -Ddir=/cache/15.19.0/scratch-1 Main", directory)).isFalse();
    }

    private Path writePidFile(long pid) throws IOException {
        return Files.writeString(dataDirectory.resolve("postmaster.pid"),
                pid + "\n" + dataDirectory + "\n1700000000\n40000\n/tmp\nlocalhost\n  1234  5678\nready\n");
    }
}
