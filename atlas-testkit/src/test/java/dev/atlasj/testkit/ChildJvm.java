package dev.atlasj.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM running a {@code main} of the test classes, for what only a second process shows:
 * file locks, a JVM killed while its server runs. The child reports by printing lines that start
 * with {@value #REPORT}.
 */
final class ChildJvm implements AutoCloseable {

    static final String REPORT = "@@ ";

    private final Process process;
    private final BufferedReader output;
    private final List<String> transcript = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> main, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Reads the child's output until its next report, and returns the report's text. */
    String nextReport() throws IOException {
        String line;
        while ((line = output.readLine()) != null) {
            transcript.add(line);
            if (line.startsWith(REPORT)) {
                return line.substring(REPORT.length());
            }
        }
        throw new IllegalStateException("the child JVM ended without reporting; its output:\n" + String.join("\n", transcript));
    }

    /** Closes the child's standard input, which tells a waiting child to end. */
    void release() throws IOException {
        try (OutputStream input = process.getOutputStream()) {
            input.flush();
        }
    }

    /** Waits for the child to end and returns its exit code. */
    int exitCode() throws IOException, InterruptedException {
        String line;
        while ((line = output.readLine()) != null) {
            transcript.add(line);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child JVM did not end within 60 s");
        }
        return process.exitValue();
    }

    /** Everything the child printed so far, for failure messages. */
    String transcript() {
        return String.join("\n", transcript);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
