package dev.atlasj.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed JVM leaves in a data directory: PostgreSQL outlives the JVM that started it,
 * so the next start finds a running server and its {@code postmaster.pid}.
 *
 * <p>Called only while holding the directory's {@link DataDirectoryLock}: a live server on the
 * directory then has no owner left and is stopped. A {@code postmaster.pid} whose process id now
 * belongs to another program is deleted, since PostgreSQL would otherwise refuse to start. A file
 * naming a dead process is left to PostgreSQL, whose own check also covers shared memory still in use.
 */
final class StalePostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    private static final String PID_FILE = "postmaster.pid";

    private StalePostmaster() {
    }

    /** Stops an orphaned server on {@code dataDirectory}, or deletes a pid file that names another program. */
    static void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        Optional<Long> pid = pid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle.Info info = process.get().info();
        if (info.command().isEmpty() || info.commandLine().isEmpty()) {
            return;
        }
        if (isPostmasterOf(info.command().get(), info.commandLine().get(), dataDirectory)) {
            LOG.info("Stopping PostgreSQL (process {}) left running on {} by an earlier run", pid.get(), dataDirectory);
            stop(process.get());
        } else {
            LOG.info("Deleting {}: its process {} is now another program", pidFile, pid.get());
            Files.deleteIfExists(pidFile);
        }
    }

    static boolean isPostmasterOf(String program, String commandLine, Path dataDirectory) {
        Path name = Path.of(program).getFileName();
        boolean postgres = name != null && (name.toString().equals("postgres") || name.toString().equals("postgres.exe"));
        return postgres && commandLine.contains(dataDirectory.toString());
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A polite shutdown (SIGTERM waits for clients, and a killed JVM has none left), then a forced one. */
    private static void stop(ProcessHandle postmaster) {
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroy();
        if (!exited(postmaster, 15)) {
            LOG.warn("PostgreSQL (process {}) did not stop within 15 s; killing it", postmaster.pid());
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            exited(postmaster, 5);
            backends.forEach(backend -> exited(backend, 5));
        }
    }

    private static boolean exited(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
