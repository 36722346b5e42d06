package dev.atlasj.migrate;

import dev.atlasj.migrate.DirectoryProblem.Kind;
import dev.atlasj.plan.TxMode;
import dev.atlasj.sql.SqlSyntax;
import dev.atlasj.sql.SqlSyntaxException;
import dev.atlasj.sql.Statement;
import dev.atlasj.sql.StatementSplitter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One migration file of a {@link MigrationDirectory}: its name, version and description as the
 * directory's format reads them, its bytes, its directives and its statements.
 *
 * <p>A file is immutable. Its text, directives and statements are worked out when first asked for;
 * {@link MigrationDirectory#validate} asks for all of them, so after it passes none of these methods throws.
 */
public final class MigrationFile {

    /**
     * The {@code -- atlas:} directives of a file.
     *
     * @param txMode {@code -- atlas:txmode none|file}: how the file runs whatever the run's mode
     *     ({@code all} is refused in a file, as in Atlas)
     * @param nolint {@code -- atlas:nolint [CODES…]} in the header: the analyzers or codes turned off for
     *     every statement; an empty list turns linting off for the whole file
     * @param delimiter {@code -- atlas:delimiter X} on the first line: what ends a statement instead of
     *     {@code ;}, with {@code \n}, {@code \r} and {@code \t} unescaped (goose files end statements
     *     their own way and ignore it)
     * @param sumIgnored {@code -- atlas:sum ignore} on the first line: the file has no entry in {@code atlas.sum}
     * @param checkpoint {@code -- atlas:checkpoint [TAG]}: the file creates the whole schema as of its
     *     version, so a clean database starts from the last checkpoint
     * @param checkpointTag the checkpoint's tag, when it has one
     */
    public record Directives(Optional<TxMode> txMode, Optional<List<String>> nolint, Optional<String> delimiter,
            boolean sumIgnored, boolean checkpoint, Optional<String> checkpointTag) {

        public Directives {
            Objects.requireNonNull(txMode, "txMode");
            Objects.requireNonNull(delimiter, "delimiter");
            Objects.requireNonNull(checkpointTag, "checkpointTag");
            nolint = nolint.map(List::copyOf);
        }
    }

    private final String directory;
    private final DirectoryFormat format;
    private final String name;
    private final String version;
    private final String description;
    private final byte[] bytes;
    private volatile String text;
    private volatile FileHeader.Parsed header;
    private final Map<SqlSyntax, List<MigrationStatement>> statements = new ConcurrentHashMap<>();

    MigrationFile(String directory, DirectoryFormat format, String name, String version, String description,
            byte[] bytes) {
        this.directory = directory;
        this.format = format;
        this.name = name;
        this.version = version;
        this.description = description;
        this.bytes = bytes;
    }

    /** The file's path relative to its directory, with {@code /} between folders: what {@code atlas.sum} lists. */
    public String name() {
        return name;
    }

    /**
     * The version, as Atlas reads it from the name and records it in the revisions table:
     * {@code 20240101120000} for {@code 20240101120000_add_users.sql}, {@code 1.2} for Flyway's
     * {@code V1.2__add_users.sql}. Versions order files only within their format's rules; the
     * directory's {@link MigrationDirectory#files()} are already in order.
     */
    public String version() {
        return version;
    }

    /** The description from the name, empty when there is none: {@code add_users} for {@code 20240101120000_add_users.sql}. */
    public String description() {
        return description;
    }

    /** The file's bytes, exactly as stored: what {@code atlas.sum} hashes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] rawBytes() {
        return bytes;
    }

    /**
     * The file's text.
     *
     * @throws MigrationDirectoryException when the file is not UTF-8, naming the line
     */
    public String text() {
        String decoded = text;
        if (decoded == null) {
            decoded = decode();
            text = decoded;
        }
        return decoded;
    }

    /**
     * The file's {@code -- atlas:} directives.
     *
     * @throws MigrationDirectoryException when one is bad or misplaced (an unknown txmode, an empty
     *     delimiter), naming each
     */
    public Directives directives() {
        FileHeader.Parsed parsed = header();
        if (!parsed.problems().isEmpty()) {
            throw new MigrationDirectoryException(directory, parsed.problems());
        }
        return parsed.directives();
    }

    /** Whether the file carries {@code -- atlas:checkpoint}. */
    public boolean isCheckpoint() {
        return directives().checkpoint();
    }

    /**
     * The statements that run, split by the lexer for {@code syntax}, each with its line and its
     * cumulative hash: for goose and dbmate files, those of the up section only.
     *
     * @throws MigrationDirectoryException when the file cannot be split (a quote, comment or block never
     *     closed), is not UTF-8 or has a bad directive, naming the line
     */
    public List<MigrationStatement> statements(SqlSyntax syntax) {
        return statements.computeIfAbsent(syntax, s -> {
            Directives directives = directives();
            try {
                return MigrationStatement.hashed(name, split(s, directives));
            } catch (SqlSyntaxException e) {
                throw new MigrationDirectoryException(directory,
                        List.of(new DirectoryProblem(Kind.SYNTAX, name, e.line(), e.problem())));
            }
        });
    }

    /** Everything wrong with the file when it is split for {@code syntax}; empty when it can run. */
    List<DirectoryProblem> problems(SqlSyntax syntax) {
        try {
            text();
        } catch (MigrationDirectoryException e) {
            return e.problems();
        }
        List<DirectoryProblem> problems = new ArrayList<>(header().problems());
        try {
            for (Statement statement : split(syntax, header().directives())) {
                FileHeader.misplacedFileDirective(statement.comments()).ifPresent(directive -> problems.add(
                        new DirectoryProblem(Kind.DIRECTIVE, name, statement.line(), "the -- atlas:" + directive
                                + " above this statement is not read: file directives go in the comments the file "
                                + "starts with, followed by a blank line")));
            }
        } catch (SqlSyntaxException e) {
            problems.add(new DirectoryProblem(Kind.SYNTAX, name, e.line(), e.problem()));
        }
        return problems;
    }

    private List<Statement> split(SqlSyntax syntax, Directives directives) {
        String script = text();
        String delimiter = directives.delimiter().orElse(";");
        switch (format) {
            case GOOSE -> {
                return StatementSplitter.split(ToolSections.goose(script), syntax, ToolSections.GOOSE_DELIMITER).stream()
                        .map(MigrationFile::withoutSemicolon)
                        .toList();
            }
            case DBMATE -> script = ToolSections.dbmate(script);
            default -> {
                if (directives.delimiter().isPresent()) {
                    int end = script.indexOf('\n');
                    script = end < 0 ? "" : script.substring(end);
                }
            }
        }
        return StatementSplitter.split(script, syntax, delimiter);
    }

    /** A goose statement, which keeps the {@code ;} that ended its line, as if the {@code ;} had ended it. */
    private static Statement withoutSemicolon(Statement s) {
        return s.text().endsWith(";")
                ? new Statement(s.text().substring(0, s.text().length() - 1).strip(), s.line(), s.comments(), ";")
                : s;
    }

    private FileHeader.Parsed header() {
        FileHeader.Parsed parsed = header;
        if (parsed == null) {
            parsed = FileHeader.parse(name, text());
            header = parsed;
        }
        return parsed;
    }

    private String decode() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new MigrationDirectoryException(directory, List.of(new DirectoryProblem(Kind.ENCODING, name, line,
                    "is not UTF-8 text: byte " + (in.position() + 1) + " starts no UTF-8 character")));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The file's name. */
    @Override
    public String toString() {
        return name;
    }
}
