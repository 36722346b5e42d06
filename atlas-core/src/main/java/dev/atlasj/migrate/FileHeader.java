package dev.atlasj.migrate;

import dev.atlasj.migrate.DirectoryProblem.Kind;
import dev.atlasj.plan.TxMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code -- atlas:NAME [ARGUMENTS]} directives of a migration file where Atlas reads them.
 *
 * <p>File directives sit in the file's header: the comment lines ({@code --} or {@code #}) the file
 * starts with, when a blank line follows them. {@code atlas:sum} and {@code atlas:delimiter} count only
 * on the very first line. A directive matches Atlas's pattern {@code ^([ -~]*)atlas:(\w+)(?: +(.+))*}:
 * any printable ASCII before it, the arguments being the rest of the line. Unlike Atlas, a separating
 * line may end with {@code \r}, so files with Windows line ends keep their directives.
 */
final class FileHeader {

    static final String TXMODE = "txmode";
    static final String NOLINT = "nolint";
    static final String DELIMITER = "delimiter";
    static final String SUM = "sum";
    static final String CHECKPOINT = "checkpoint";

    private static final Pattern DIRECTIVE = Pattern.compile("^([ -~]*)atlas:(\\w+)(?: +(.+))*", Pattern.UNIX_LINES);
    private static final Set<String> FILE_LEVEL = Set.of(TXMODE, DELIMITER, SUM, CHECKPOINT);

    /** One directive: what precedes {@code atlas:}, its name, its arguments ({@code ""} for none) and its line. */
    record Directive(String prefix, String name, String arguments, int line) {
    }

    /** A file's directives and what is wrong with them. */
    record Parsed(MigrationFile.Directives directives, List<DirectoryProblem> problems) {
    }

    private FileHeader() {
    }

    /** The directive {@code text} starts with, as Atlas's {@code directive} function finds it. */
    static Optional<Directive> match(String text, int line) {
        Matcher m = DIRECTIVE.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Directive(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3), line));
    }

    /** Whether the file's first line is exactly an {@code atlas:sum ignore} directive, which keeps it out of the sum. */
    static boolean ignoredBySum(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return match(new String(bytes, 0, end, StandardCharsets.ISO_8859_1), 1)
                .filter(d -> d.name().equals(SUM) && d.arguments().equals("ignore"))
                .isPresent();
    }

    /** The directives of a file whose text is {@code text}, with a problem for each one that is bad or misplaced. */
    static Parsed parse(String file, String text) {
        List<DirectoryProblem> problems = new ArrayList<>();
        Optional<Directive> first = match(firstLine(text), 1);
        List<Directive> header = new ArrayList<>();
        for (Line comment : header(text)) {
            match(comment.text(), comment.number()).ifPresent(header::add);
        }

        Optional<String> delimiter = Optional.empty();
        if (first.isPresent() && first.get().name().equals(DELIMITER)) {
            if (!first.get().prefix().equals("-- ")) {
                problems.add(problem(file, 1, "atlas:delimiter is read only when written -- atlas:delimiter X"));
            } else if (first.get().arguments().isBlank()) {
                problems.add(problem(file, 1, "-- atlas:delimiter needs a delimiter, as in -- atlas:delimiter //"));
            } else {
                delimiter = Optional.of(unescape(first.get().arguments()));
            }
        }
        boolean sumIgnored = false;
        if (first.isPresent() && first.get().name().equals(SUM)) {
            sumIgnored = first.get().arguments().equals("ignore");
            if (!sumIgnored) {
                problems.add(problem(file, 1, "atlas:sum takes the one word ignore and nothing after it, so Atlas "
                        + "hashes this file as it stands"));
            }
        }

        Optional<TxMode> txMode = Optional.empty();
        Optional<List<String>> nolint = Optional.empty();
        boolean checkpoint = false;
        Optional<String> checkpointTag = Optional.empty();
        for (Directive d : header) {
            switch (d.name()) {
                case TXMODE -> {
                    if (txMode.isPresent()) {
                        problems.add(problem(file, d.line(), "atlas:txmode is set twice"));
                    }
                    txMode = txMode(file, d, problems);
                }
                case NOLINT -> nolint = Optional.of(nolint(nolint, d.arguments()));
                case CHECKPOINT -> {
                    checkpoint = true;
                    checkpointTag = d.arguments().isEmpty() ? Optional.empty() : Optional.of(d.arguments());
                }
                case DELIMITER, SUM -> {
                    if (d.line() != 1) {
                        problems.add(problem(file, d.line(), "atlas:" + d.name() + " is read only from the first line "
                                + "of the file"));
                    }
                }
                default -> {
                    // Other names (Atlas Pro's import, assert, ...) are not ours to judge.
                }
            }
        }
        return new Parsed(new MigrationFile.Directives(txMode, nolint, delimiter, sumIgnored, checkpoint, checkpointTag),
                List.copyOf(problems));
    }

    /**
     * The file-level directive among {@code comments} (those directly above a statement), if any: such a
     * directive is not read there, and a blank line must separate it from the statement.
     */
    static Optional<String> misplacedFileDirective(List<String> comments) {
        for (String comment : comments) {
            Optional<Directive> d = statementDirective(comment);
            if (d.isPresent() && FILE_LEVEL.contains(d.get().name())) {
                return Optional.of(d.get().name());
            }
        }
        return Optional.empty();
    }

    /** The codes of {@code -- atlas:nolint} directives among a statement's comments; an empty list turns every check off. */
    static Optional<List<String>> statementNolint(List<String> comments) {
        Optional<List<String>> nolint = Optional.empty();
        for (String comment : comments) {
            Optional<Directive> d = statementDirective(comment);
            if (d.isPresent() && d.get().name().equals(NOLINT)) {
                nolint = Optional.of(nolint(nolint, d.get().arguments()));
            }
        }
        return nolint;
    }

    private static Optional<Directive> statementDirective(String comment) {
        if (comment.startsWith("/*")) {
            if (comment.contains("\n")) {
                return Optional.empty();
            }
            comment = comment.substring(0, comment.length() - 2).strip();
        }
        return match(comment, 0);
    }

    private static Optional<TxMode> txMode(String file, Directive d, List<DirectoryProblem> problems) {
        switch (d.arguments()) {
            case "none":
                return Optional.of(TxMode.NONE);
            case "file":
                return Optional.of(TxMode.FILE);
            case "all":
                problems.add(problem(file, d.line(), "atlas:txmode all applies to a whole run and cannot be set in a "
                        + "file: use file or none"));
                return Optional.empty();
            default:
                problems.add(problem(file, d.line(), "unknown atlas:txmode \"" + d.arguments()
                        + "\": expected none or file"));
                return Optional.empty();
        }
    }

    private static List<String> nolint(Optional<List<String>> sofar, String arguments) {
        List<String> codes = arguments.isBlank() ? List.of() : List.of(arguments.strip().split("\\s+"));
        if (sofar.isPresent() && (sofar.get().isEmpty() || codes.isEmpty())) {
            return List.of();
        }
        Set<String> all = new LinkedHashSet<>(sofar.orElse(List.of()));
        all.addAll(codes);
        return List.copyOf(all);
    }

    /** Atlas's escapes in a delimiter: {@code \n}, {@code \r} and {@code \t}. */
    private static String unescape(String delimiter) {
        return delimiter.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }

    private record Line(String text, int number) {
    }

    /**
     * The comment lines the file starts with, trimmed, as Atlas's {@code LocalFile.comments()} reads
     * them: none unless a blank line (or the end of the file) follows them.
     */
    private static List<Line> header(String text) {
        List<Line> lines = new ArrayList<>();
        int from = 0;
        int number = 1;
        while (text.startsWith("--", from) || text.startsWith("#", from)) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                lines.add(new Line(text.substring(from).strip(), number));
                return lines;
            }
            lines.add(new Line(text.substring(from, end).strip(), number++));
            from = end + 1;
        }
        int end = text.indexOf('\n', from);
        boolean separated = from == text.length() || end >= 0 && text.substring(from, end).isBlank();
        return separated ? lines : List.of();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static DirectoryProblem problem(String file, int line, String message) {
        return new DirectoryProblem(Kind.DIRECTIVE, file, line, message);
    }
}
