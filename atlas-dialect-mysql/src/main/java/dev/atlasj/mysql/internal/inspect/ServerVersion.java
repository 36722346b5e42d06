package dev.atlasj.mysql.internal.inspect;

import dev.atlasj.InspectionException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flavor and version of a MySQL-family server, read from {@code @@version} and
 * {@code @@version_comment}, and the differences between them that inspection depends on.
 *
 * @param mariaDb whether the server is MariaDB rather than MySQL
 * @param major the major version: 8 for MySQL 8.0.36, 10 for MariaDB 10.11.6
 * @param minor the minor version
 * @param patch the patch version
 */
record ServerVersion(boolean mariaDb, int major, int minor, int patch) {

    private static final Pattern NUMBERS = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /**
     * The version of the server that answered {@code version} ({@code 10.11.6-MariaDB-0+deb12u1},
     * {@code 8.0.36}) and {@code comment} ({@code MySQL Community Server - GPL}, {@code Debian 12}).
     *
     * @throws InspectionException when the version cannot be read
     */
    static ServerVersion parse(String version, String comment) {
        Matcher m = NUMBERS.matcher(version == null ? "" : version.strip());
        if (!m.find()) {
            throw new InspectionException("cannot read the server's version from @@version \"" + version + "\"");
        }
        boolean mariaDb = contains(version, "mariadb") || contains(comment, "mariadb");
        return new ServerVersion(mariaDb, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /**
     * Returns this version when atlasj supports it: MySQL 8.0 or newer, MariaDB 10.6 or newer.
     *
     * @throws InspectionException naming the version otherwise
     */
    ServerVersion requireSupported() {
        boolean supported = mariaDb ? atLeast(10, 6, 0) : atLeast(8, 0, 0);
        if (!supported) {
            throw new InspectionException(this + " is not supported: atlasj needs MySQL 8.0 or newer, or MariaDB 10.6"
                    + " or newer");
        }
        return this;
    }

    /** Whether indexes may have expression parts, which {@code STATISTICS.EXPRESSION} shows (MySQL 8.0.13+). */
    boolean hasFunctionalIndexes() {
        return !mariaDb && atLeast(8, 0, 13);
    }

    /**
     * Whether the server keeps check constraints in {@code CHECK_CONSTRAINTS}: MariaDB (10.2+) and MySQL
     * 8.0.16+. Earlier MySQL releases parse {@code CHECK} clauses and drop them.
     */
    boolean hasChecks() {
        return mariaDb || atLeast(8, 0, 16);
    }

    /** Whether {@code information_schema.SCHEMATA} has {@code SCHEMA_COMMENT} (MariaDB 10.5+). */
    boolean hasSchemaComments() {
        return mariaDb;
    }

    private boolean atLeast(int wantedMajor, int wantedMinor, int wantedPatch) {
        if (major != wantedMajor) {
            return major > wantedMajor;
        }
        return minor != wantedMinor ? minor > wantedMinor : patch >= wantedPatch;
    }

    private static boolean contains(String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(word);
    }

    /** The flavor and version: {@code MariaDB 10.11.6}, {@code MySQL 8.0.36}. */
    @Override
    public String toString() {
        return (mariaDb ? "MariaDB " : "MySQL ") + major + "." + minor + "." + patch;
    }
}
