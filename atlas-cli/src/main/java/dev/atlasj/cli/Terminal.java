package dev.atlasj.cli;

import java.io.Console;

/**
 * The person running the command, when there is one to ask: {@code schema apply} asks here for approval
 * before it changes a database.
 */
interface Terminal {

    /** Whether a person can be asked: standard input and output are a terminal. */
    boolean interactive();

    /**
     * Shows {@code prompt} and reads the line typed in answer.
     *
     * @return the line without its line break, or {@code null} when input ended
     */
    String ask(String prompt);

    /** The terminal of this process, as {@link System#console()} finds it when the command starts. */
    static Terminal system() {
        Console console = System.console();
        return new Terminal() {
            @Override
            public boolean interactive() {
                return console != null;
            }

            @Override
            public String ask(String prompt) {
                if (console == null) {
                    throw new IllegalStateException("no terminal to ask");
                }
                return console.readLine("%s", prompt);
            }
        };
    }
}
