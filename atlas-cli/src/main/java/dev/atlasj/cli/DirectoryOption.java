package dev.atlasj.cli;

import dev.atlasj.migrate.DirectoryFormat;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.MigrationException;
import dev.atlasj.url.FileUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --dir} flag of the {@code migrate} commands: the migration directory, as Atlas names it. */
final class DirectoryOption {

    /** Atlas's default directory. */
    static final String DEFAULT = "file://migrations";

    @Option(names = "--dir", paramLabel = "URL", defaultValue = DEFAULT, order = 1,
            description = "The migration directory: file://PATH, relative to the working directory (file:///PATH"
                    + " for an absolute one). Another tool's layout is read with a format parameter:"
                    + " file://PATH?format=NAME, NAME one of golang-migrate, flyway, goose, dbmate (default: atlas).%n"
                    + "Default: ${DEFAULT-VALUE}")
    String url = DEFAULT;

    /**
     * The directory as it is now.
     *
     * @throws MigrationException when the URL is malformed or names no directory
     */
    MigrationDirectory open() {
        return MigrationDirectory.fromUrl(url);
    }

    /** The directory, its folder created first when it does not exist yet, as Atlas's {@code migrate new} and {@code diff} do. */
    MigrationDirectory openCreating() {
        Path folder = file().path();
        if (!Files.exists(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new CommandFailure("--dir " + url + ": cannot create the folder " + folder.toAbsolutePath() + ": "
                        + e.getMessage(), e);
            }
        }
        return open();
    }

    /** The directory as one side of a comparison: the state its files leave behind on the dev database. */
    Side side() {
        FileUrl file = file();
        String format = DirectoryFormat.named(file.directoryFormat().orElse(DirectoryFormat.ATLAS.urlName())).urlName();
        return Side.parse("--dir", List.of("file://" + file.path() + "?format=" + format));
    }

    private FileUrl file() {
        String text = url.regionMatches(true, 0, "file://", 0, 7) && (url.length() == 7 || url.charAt(7) == '?')
                ? "file://migrations" + url.substring(7) : url;
        if (!text.regionMatches(true, 0, "file://", 0, 7)) {
            throw new CommandFailure("--dir " + url + ": this command writes the directory, so it takes a folder as"
                    + " file://PATH[?format=NAME]");
        }
        return (FileUrl) Side.parse("--dir", List.of(text)).urls().get(0);
    }

    /** The directory as its URL names it, without {@code file://} and {@code ?format=}: what prefixes file names in messages. */
    String folder() {
        String location = url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?'));
        return location.regionMatches(true, 0, "file://", 0, 7) ? file().path().toString() : location;
    }
}
