package dev.atlasj.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code atlas migrate hash}: rewrites {@code atlas.sum} for the directory's files as they are. */
@Command(
        name = "hash",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Hash (re-)creates an integrity hash file for the migration directory.",
            "Computes the atlas.sum of the directory's migration files, byte for byte as Atlas writes it, and"
                    + " replaces the old one. Run it after a migration file was added or edited by hand, once the"
                    + " change is checked: the sum then accepts the files as they are. Prints nothing."},
        footer = {"", "Examples:", "  atlas migrate hash", "  atlas migrate hash --dir \"file://db/migrations?format=golang-migrate\""})
final class MigrateHashCommand implements Callable<Integer> {

    @Mixin
    DirectoryOption dir;

    @Override
    public Integer call() {
        dir.open().writeSum();
        return 0;
    }
}
