package dev.atlasj.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** The programs {@link ChildJvm} runs: {@code hold-lock FILE}, {@code start-and-die DIR}, {@code start-and-stop DIR}. */
final class ChildPrograms {

    private ChildPrograms() {
    }

    public static void main(String[] arguments) throws Exception {
        Path path = Path.of(arguments[1]);
        switch (arguments[0]) {
            case "hold-lock" -> holdLock(path);
            case "start-and-die" -> startAndDie(path);
            case "start-and-stop" -> startAndStop(path);
            default -> throw new IllegalArgumentException(arguments[0]);
        }
    }

    /** Holds the lock on {@code file} until its standard input closes. */
    private static void holdLock(Path file) throws IOException {
        try (DataDirectoryLock ignored = DataDirectoryLock.tryAcquire(file).orElseThrow()) {
            report("locked");
            while (System.in.read() >= 0) {
                // held until the parent closes our input
            }
        }
    }

    /** Starts a server and dies at once, the way a killed test JVM does: no shutdown hook runs. */
    private static void startAndDie(Path dataDirectory) throws IOException {
        EmbeddedPostgresServer.start(dataDirectory);
        String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0);
        report("postmaster " + pid);
        Runtime.getRuntime().halt(0);
    }

    /** Starts a server, checks that it answers, and stops it. */
    private static void startAndStop(Path dataDirectory) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
             Connection c = server.connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 42")) {
            rs.next();
            report("answered " + rs.getInt(1));
        }
    }

    private static void report(String text) {
        System.out.println(ChildJvm.REPORT + text);
        System.out.flush();
    }
}
