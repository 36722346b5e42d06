package dev.atlasj.migrate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code atlas.sum}, byte for byte as Atlas writes it: a hash for every migration file
 * and one for the whole directory, so that a file edited after review is caught before it runs.
 *
 * <p>One running SHA-256 takes, file by file in the directory's order, the file's name and then its
 * bytes; a file's entry is the base64 digest of everything so far, so editing a file changes its entry
 * and every one after it. A file whose first line is {@code -- atlas:sum ignore} has no entry, though
 * its name still goes into the running hash. The directory hash is the SHA-256 of every entry's name
 * followed by its hash. The text is {@code h1:<directory hash>} on the first line, then
 * {@code <name> h1:<hash>} per file, each line ended by {@code \n}.
 *
 * @param entries one per hashed file, in the directory's order
 */
public record SumFile(List<Entry> entries) {

    /** The name of the sum file in a migration directory. */
    public static final String NAME = "atlas.sum";

    private static final String PREFIX = "h1:";

    /**
     * One line of {@code atlas.sum}.
     *
     * @param name the migration file, relative to the directory
     * @param hash the base64 cumulative hash, without {@code h1:}; this is what Atlas's revisions table
     *     keeps in its {@code hash} column
     */
    public record Entry(String name, String hash) {

        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hash, "hash");
        }
    }

    public SumFile {
        entries = List.copyOf(entries);
    }

    /** The sum of {@code files}, taken in the order given (a directory's hashing order). */
    static SumFile of(List<MigrationFile> files) {
        Sha256 running = new Sha256();
        List<Entry> entries = new ArrayList<>(files.size());
        for (MigrationFile file : files) {
            running.add(file.name());
            if (!FileHeader.ignoredBySum(file.rawBytes())) {
                running.add(file.rawBytes());
                entries.add(new Entry(file.name(), running.base64()));
            }
        }
        return new SumFile(entries);
    }

    /**
     * Reads the text of an {@code atlas.sum} as Atlas does: lines end at {@code \n} (a {@code \r}
     * before it is dropped), line 1 is {@code h1:} and the directory hash, every other line is split at
     * its first {@code h1:} into the trimmed name and the hash.
     *
     * @param directory the directory's location, for the exception
     * @throws MalformedSumException naming the line, when a line has no {@code h1:} or the directory
     *     hash does not match the entries
     */
    static SumFile parse(String directory, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = lines(text);
        if (lines.isEmpty() || !lines.get(0).startsWith(PREFIX)) {
            throw malformed(directory, 1, "the first line must be h1: and the hash of the directory");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf(PREFIX);
            if (at < 0) {
                throw malformed(directory, i + 1, "expected a migration file name and h1:HASH");
            }
            entries.add(new Entry(line.substring(0, at).strip(), line.substring(at + PREFIX.length())));
        }
        SumFile sum = new SumFile(entries);
        if (!lines.get(0).substring(PREFIX.length()).equals(sum.sum())) {
            throw malformed(directory, 1, "the directory hash does not match the lines below it (was the file "
                    + "edited by hand, or merged?): run migrate hash to rewrite it");
        }
        return sum;
    }

    /** The hash of the whole directory, without {@code h1:}. */
    public String sum() {
        Sha256 sha = new Sha256();
        for (Entry entry : entries) {
            sha.add(entry.name()).add(entry.hash());
        }
        return sha.base64();
    }

    /** The hash of the file {@code name}, without {@code h1:}; empty when the sum has no entry for it. */
    public Optional<String> hashOf(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).map(Entry::hash).findFirst();
    }

    /** The text of {@code atlas.sum}, exactly as Atlas writes it. */
    public String text() {
        StringBuilder text = new StringBuilder(PREFIX).append(sum()).append('\n');
        for (Entry entry : entries) {
            text.append(entry.name()).append(' ').append(PREFIX).append(entry.hash()).append('\n');
        }
        return text.toString();
    }

    /** The lines of {@code text} as Go's {@code bufio.Scanner} reads them: no empty last line, no {@code \r} ends. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            int next = end < 0 ? text.length() : end + 1;
            end = end < 0 ? text.length() : end;
            lines.add(text.substring(from, end > from && text.charAt(end - 1) == '\r' ? end - 1 : end));
            from = next;
        }
        return lines;
    }

    private static MalformedSumException malformed(String directory, int line, String message) {
        return new MalformedSumException(directory,
                List.of(new DirectoryProblem(DirectoryProblem.Kind.MALFORMED_SUM, NAME, line, message)), line);
    }
}
