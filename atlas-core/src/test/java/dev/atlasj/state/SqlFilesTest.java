package dev.atlasj.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFilesTest {

    @TempDir
    Path folder;

    @Test
    void aDirectoryGivesItsSqlFilesInNameOrderAndNothingElse() throws IOException {
        Files.writeString(folder.resolve("2_b.sql"), "two");
        Files.writeString(folder.resolve("10_c.sql"), "ten");
        Files.writeString(folder.resolve("1_a.sql"), "one");
        Files.writeString(folder.resolve("README.md"), "not SQL");
        Files.createDirectories(folder.resolve("nested.sql"));
        Files.writeString(Files.createDirectories(folder.resolve("sub")).resolve("0_sub.sql"), "nested");

        assertThat(SqlFiles.read(folder)).containsExactly(
                new SqlScript(folder.resolve("10_c.sql").toString(), "ten"),
                new SqlScript(folder.resolve("1_a.sql").toString(), "one"),
                new SqlScript(folder.resolve("2_b.sql").toString(), "two"));
    }

    @Test
    void aFileIsReadWhateverItsName() throws IOException {
        Path file = Files.writeString(folder.resolve("schema.pg"), "CREATE TABLE t ();");

        assertThat(SqlFiles.read(file)).containsExactly(new SqlScript(file.toString(), "CREATE TABLE t ();"));
    }

    @Test
    void aMissingPathAnEmptyDirectoryAndBinaryFilesAreRefused() throws IOException {
        Path missing = folder.resolve("schema.sql");
        Files.createDirectories(folder.resolve("empty"));
        Path binary = Files.write(folder.resolve("dump.sql"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        Path relative = Path.of("no-such-dir", "schema.sql");

        assertThatThrownBy(() -> SqlFiles.read(missing)).isInstanceOf(DesiredStateException.class)
                .hasMessage("schema file or directory " + missing + " does not exist");
        assertThatThrownBy(() -> SqlFiles.read(relative))
                .hasMessage("schema file or directory " + relative + " (" + relative.toAbsolutePath() + ") does not exist");
        assertThatThrownBy(() -> SqlFiles.read(folder.resolve("empty")))
                .hasMessage("directory " + folder.resolve("empty") + " holds no .sql file");
        assertThatThrownBy(() -> SqlFiles.read(binary)).hasMessage("cannot read " + binary + ": it is not UTF-8 text");
    }

    @Test
    void filesAreReadWhenTheStateIsRead() throws IOException {
        Path file = folder.resolve("later.sql");
        DesiredState state = DesiredState.sql(file);
        Files.writeString(file, "SELECT 'é';", StandardCharsets.UTF_8);

        assertThat(state.description()).isEqualTo(file.toString());
        assertThat(((SqlSource) state).scripts()).containsExactly(new SqlScript(file.toString(), "SELECT 'é';"));
    }
}
