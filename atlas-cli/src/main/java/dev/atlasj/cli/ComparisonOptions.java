package dev.atlasj.cli;

import dev.atlasj.diff.RenameHint;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags {@code schema diff} and {@code schema apply} share. */
final class ComparisonOptions {

    @Option(names = "--dev-url", paramLabel = "URL", order = 10,
            description = "The empty database that SQL files and migration directories run on to be read: a"
                    + " database URL (postgres://…, mysql://root@localhost:3306/dev, maria://…, mariadb://…,"
                    + " jdbc:mysql://…, jdbc:mariadb://…), embedded://postgres, embedded://mariadb, docker://postgres/16,"
                    + " docker://mysql/8 or docker://mariadb/11. Default: embedded://mariadb when the other side is a"
                    + " MySQL or MariaDB database, embedded://postgres otherwise. Two databases are compared without one.")
    String devUrl;

    @Option(names = "--rename", paramLabel = "HINT", order = 11, converter = RenameHintConverter.class,
            description = "Plan a rename instead of a drop and an add (atlasj's extension). Repeatable. HINT:%n"
                    + "  table:SCHEMA.OLD=NEW%n"
                    + "  column:SCHEMA.TABLE.OLD=NEW%n"
                    + "  index:SCHEMA.TABLE.OLD=NEW%n"
                    + "  (a name with a dot or = in double quotes)")
    List<RenameHint> renames = new ArrayList<>();
}
