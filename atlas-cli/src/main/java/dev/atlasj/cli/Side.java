package dev.atlasj.cli;

import dev.atlasj.url.ServerUrl;

/**
 * One side of a comparison: the database a flag names.
 *
 * @param flag the flag that gave the URL, for messages: {@code --from}, {@code --to}, {@code --url}
 * @param url the database
 */
record Side(String flag, ServerUrl url) {

    /** The side {@code flag} gives as {@code text}; see {@link StateUrls#database}. */
    static Side parse(String flag, String text) {
        return new Side(flag, StateUrls.database(flag, text));
    }
}
