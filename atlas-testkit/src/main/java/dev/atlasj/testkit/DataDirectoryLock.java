package dev.atlasj.testkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a file, held by one JVM (and one owner inside it) at a time, so that two
 * processes never start PostgreSQL on the same data directory or prepare the same template.
 *
 * <p>The operating system releases the lock when the process dies, so a killed JVM leaves no stale
 * lock behind. The holder writes its process id into the file for messages.
 */
final class DataDirectoryLock implements AutoCloseable {

    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process or another owner in this JVM holds it. */
    static Optional<DataDirectoryLock> tryAcquire(Path file) throws IOException {
        return lock(file, false);
    }

    /** The lock, waiting for another process to release it; the caller ensures no other owner in this JVM waits too. */
    static DataDirectoryLock acquire(Path file) throws IOException {
        return lock(file, true).orElseThrow(() -> new IllegalStateException(file + " is already locked in this JVM"));
    }

    /** Who holds the lock on {@code file}, for messages: {@code "process 1234"}, or a vaguer phrase. */
    static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).trim();
            return pid.matches("\\d+") ? "process " + pid : "another process";
        } catch (IOException | RuntimeException e) {
            return "another process";
        }
    }

    private static Optional<DataDirectoryLock> lock(Path file, boolean wait) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD_IN_THIS_JVM.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = wait ? channel.lock() : channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_IN_THIS_JVM.remove(key);
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return Optional.of(new DataDirectoryLock(key, channel, lock));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD_IN_THIS_JVM.remove(key);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_IN_THIS_JVM.remove(file);
        }
    }
}
