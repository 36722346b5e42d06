package dev.atlasj.cli;

import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.InvalidUrlException;
import dev.atlasj.url.ServerUrl;
import java.util.Locale;

/** Reads the URLs {@code schema diff} and {@code schema apply} take for a schema state. */
final class StateUrls {

    private StateUrls() {
    }

    /**
     * The database {@code text} names, given as {@code flag}.
     *
     * @throws CommandFailure when {@code text} is not the URL of a database; the message names the flag
     */
    static ServerUrl database(String flag, String text) {
        if (text.strip().toLowerCase(Locale.ROOT).startsWith("file:")) {
            throw new CommandFailure(flag + " " + DatabaseUrl.redact(text) + ": file:// sources (SQL files loaded on"
                    + " a dev database) are not supported yet; give the URL of a database that holds the schema, such"
                    + " as postgres://user:pass@localhost:5432/shop.");
        }
        DatabaseUrl parsed;
        try {
            parsed = DatabaseUrl.parse(text);
        } catch (InvalidUrlException e) {
            throw new CommandFailure(flag + ": " + e.getMessage(), e);
        }
        if (parsed instanceof ServerUrl server) {
            return server;
        }
        throw new CommandFailure(flag + " " + parsed.redacted() + " is not the URL of a database; give one such as"
                + " postgres://user:pass@localhost:5432/shop.");
    }
}
