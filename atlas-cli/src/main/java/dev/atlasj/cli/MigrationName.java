package dev.atlasj.cli;

import picocli.CommandLine.Parameters;

/** The optional {@code NAME} of the commands that add a migration file: {@code migrate new}, {@code migrate diff}. */
final class MigrationName {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", defaultValue = "",
            description = "What the migration does, such as add_users; the file has no name part when left out.")
    String value = "";
}
