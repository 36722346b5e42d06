package dev.atlasj.migrate;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a migration directory lays out its files, chosen as Atlas chooses it: with {@code ?format=NAME}
 * on the directory URL ({@code file://migrations?format=golang-migrate}). Every format keeps the same
 * {@code atlas.sum} and the same revisions table.
 */
public enum DirectoryFormat {

    /**
     * Atlas's own: {@code VERSION[_DESCRIPTION].sql} in the top folder, run in the byte order of their
     * names. The version is the name up to its first {@code _}.
     */
    ATLAS("atlas"),

    /**
     * Flyway: {@code V<version>__<description>.sql} anywhere below the folder (hidden folders skipped),
     * run in numeric order of the dotted or underscored version. The latest baseline
     * {@code B<version>__<description>.sql} stands for every version up to its own. Undo files
     * ({@code U…}) are not read; repeatable files ({@code R__…}) are refused until supported.
     */
    FLYWAY("flyway"),

    /** golang-migrate: {@code <version>_<description>.up.sql} in the top folder; {@code .down.sql} files are not read. */
    GOLANG_MIGRATE("golang-migrate"),

    /**
     * goose: {@code <version>_<description>.sql}; only the {@code -- +goose Up} section runs, and a
     * {@code -- +goose StatementBegin}/{@code StatementEnd} pair makes one statement.
     */
    GOOSE("goose"),

    /** dbmate: {@code <version>_<description>.sql}; only the {@code -- migrate:up} section runs. */
    DBMATE("dbmate");

    private final String urlName;

    DirectoryFormat(String urlName) {
        this.urlName = urlName;
    }

    /** The name {@code ?format=} takes: {@code atlas}, {@code flyway}, {@code golang-migrate}, {@code goose}, {@code dbmate}. */
    public String urlName() {
        return urlName;
    }

    /**
     * The format {@code ?format=NAME} names.
     *
     * @throws MigrationException naming the formats there are, when {@code name} is none of them
     */
    public static DirectoryFormat named(String name) {
        for (DirectoryFormat format : values()) {
            if (format.urlName.equals(name)) {
                return format;
            }
        }
        throw new MigrationException("unknown migration directory format \"" + name + "\": expected one of "
                + Arrays.stream(values()).map(DirectoryFormat::urlName).collect(Collectors.joining(", ")));
    }
}
