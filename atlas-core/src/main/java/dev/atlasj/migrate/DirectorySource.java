package dev.atlasj.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where a migration directory's files are read from: a folder, a classpath folder or a map in memory. */
interface DirectorySource {

    /** Where the files are, for messages: the path as given and where that is, or the classpath location. */
    String location();

    /**
     * The relative paths of the directory's regular files, with {@code /} between folders: those of the
     * top folder, or with {@code recursive} those of every folder below it except hidden ones (whose
     * names start with a dot).
     *
     * @throws MigrationException when the directory cannot be listed
     */
    List<String> list(boolean recursive);

    /**
     * The bytes of the file at {@code name}, empty when there is none.
     *
     * @throws MigrationException when the file exists but cannot be read
     */
    Optional<byte[]> read(String name);

    /** The folder new files are written to; empty when the directory cannot be written (classpath, memory). */
    Optional<Path> folder();

    /** Whether a path relative to the directory lies in a hidden folder below it. */
    static boolean inHiddenFolder(String name) {
        int slash = name.lastIndexOf('/');
        for (String folder : slash < 0 ? new String[0] : name.substring(0, slash).split("/")) {
            if (folder.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
