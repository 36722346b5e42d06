package dev.atlasj.postgres.internal.inspect;

import dev.atlasj.InspectionException;

/**
 * A PostgreSQL server version as {@code server_version_num} gives it ({@code 150004} for 15.4,
 * {@code 90624} for 9.6.24), and the features of it that inspection depends on.
 *
 * @param number the value of {@code server_version_num}
 */
record ServerVersion(int number) {

    /** The oldest release atlasj reads: 12. */
    static final int OLDEST_SUPPORTED_MAJOR = 12;

    /** The major release: 15 for 15.4, 9 for 9.6.24. */
    int major() {
        return number / 10000;
    }

    /** Whether unique indexes can treat NULLs as equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15). */
    boolean hasNullsNotDistinct() {
        return major() >= 15;
    }

    /**
     * Returns this version when atlasj supports it.
     *
     * @throws InspectionException naming the version when it is older than {@value #OLDEST_SUPPORTED_MAJOR}
     */
    ServerVersion requireSupported() {
        if (major() < OLDEST_SUPPORTED_MAJOR) {
            throw new InspectionException("PostgreSQL " + this + " is not supported: atlasj needs PostgreSQL "
                    + OLDEST_SUPPORTED_MAJOR + " or newer");
        }
        return this;
    }

    /** The version as PostgreSQL writes it: {@code 15.4}, {@code 9.6.24}. */
    @Override
    public String toString() {
        if (number >= 100000) {
            return major() + "." + number % 10000;
        }
        return major() + "." + number / 100 % 100 + "." + number % 100;
    }
}
