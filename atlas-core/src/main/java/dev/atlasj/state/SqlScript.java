package dev.atlasj.state;

import java.util.Objects;

/**
 * A SQL script and the name it goes by in messages: a file's path as the user gave it
 * ({@code schema/02_tables.sql}), or any label for a script that did not come from a file.
 *
 * @param name what errors in the script are reported against, as {@code NAME:LINE: message}
 * @param text the script
 */
public record SqlScript(String name, String text) {

    public SqlScript {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return name;
    }
}
