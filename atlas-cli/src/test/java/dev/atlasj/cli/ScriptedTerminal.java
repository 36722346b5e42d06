package dev.atlasj.cli;

import java.util.ArrayList;
import java.util.List;

/** A terminal that gives one answer to every question and remembers the questions; or none at all. */
final class ScriptedTerminal implements Terminal {

    /** No terminal: standard input or output is not one, as in CI. */
    static final Terminal NONE = new Terminal() {
        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public String ask(String prompt) {
            throw new AssertionError("asked without a terminal: " + prompt);
        }
    };

    private final String answer;
    private final List<String> questions = new ArrayList<>();

    private ScriptedTerminal(String answer) {
        this.answer = answer;
    }

    /** A person who answers {@code answer}; {@code null} is input that ended. */
    static ScriptedTerminal answering(String answer) {
        return new ScriptedTerminal(answer);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public String ask(String prompt) {
        questions.add(prompt);
        return answer;
    }

    List<String> questions() {
        return questions;
    }
}
