package dev.atlasj.cli;

import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.DockerUrl;
import dev.atlasj.url.EmbeddedUrl;
import dev.atlasj.url.FileUrl;
import dev.atlasj.url.InvalidUrlException;
import dev.atlasj.url.ServerUrl;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One side of a comparison as a flag gives it: a database, SQL files, or several of these composed
 * into one state (the flag repeated).
 *
 * @param flag the flag that gave the URLs, for messages: {@code --from}, {@code --to}, {@code --url}
 * @param urls the URLs, in the order given
 */
record Side(String flag, List<DatabaseUrl> urls) {

    Side {
        urls = List.copyOf(urls);
    }

    /**
     * The side {@code flag} gives as {@code texts}.
     *
     * @throws CommandFailure when a URL does not parse; the message names the flag
     */
    static Side parse(String flag, List<String> texts) {
        return new Side(flag, texts.stream().map(text -> parse(flag, text)).toList());
    }

    private static DatabaseUrl parse(String flag, String text) {
        try {
            return DatabaseUrl.parse(text);
        } catch (InvalidUrlException e) {
            throw new CommandFailure(flag + ": " + e.getMessage(), e);
        }
    }

    /** The side's one URL when it names a database; otherwise the error says what it should be. */
    DatabaseUrl database() {
        if (isOneDatabase()) {
            return urls.get(0);
        }
        throw new CommandFailure(describe() + (urls.size() == 1 ? " names SQL files, not a database" : " is not one"
                + " database") + "; give the URL of a database, such as postgres://user:pass@localhost:5432/shop or"
                + " embedded://postgres/NAME.");
    }

    /** Whether the side is one database, read by inspecting it. */
    boolean isOneDatabase() {
        return urls.size() == 1 && !(urls.get(0) instanceof FileUrl);
    }

    /** Whether reading the side runs SQL on a dev database. */
    boolean needsDevDatabase() {
        return urls.stream().anyMatch(FileUrl.class::isInstance);
    }

    /** Whether the side is one migration directory ({@code file://DIR?format=NAME}), read by replaying it. */
    boolean isMigrationDirectory() {
        return urls.size() == 1 && urls.get(0) instanceof FileUrl file && file.directoryFormat().isPresent();
    }

    /** The side in words: its flag and redacted URLs. */
    String describe() {
        return flag + " " + urls.stream().map(DatabaseUrl::redacted).collect(Collectors.joining(" " + flag + " "));
    }

    /** The schemas {@code url} is scoped to by its {@code search_path}; empty for every user schema. */
    static List<String> schemasOf(DatabaseUrl url) {
        if (url instanceof ServerUrl server) {
            return server.schemas();
        } else if (url instanceof EmbeddedUrl embedded) {
            return embedded.schemas();
        } else if (url instanceof DockerUrl docker) {
            return docker.schemas();
        }
        return List.of();
    }
}
