package dev.atlasj.migrate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash leaves either the old content or the new, never half of it: the bytes go
 * to a hidden temporary file beside the target (whose name never ends in {@code .sql}), are forced to
 * disk, and the temporary file is then renamed over the target.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target}, replacing what it held. */
    static void replace(Path target, byte[] bytes) throws IOException {
        Path temporary = temporaryBeside(target, bytes);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes {@code bytes} to {@code target}, which must not exist.
     *
     * @throws FileAlreadyExistsException when it does
     */
    static void create(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = temporaryBeside(target, bytes);
        try {
            Files.move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporaryBeside(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }
}
