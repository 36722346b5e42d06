package dev.atlasj.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.sql.SqlSyntax;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application ships its migrations in its jar and reads them from there. */
class ClasspathDirectoryTest {

    @TempDir
    Path temp;

    private static final Map<String, String> MIGRATIONS = Map.of(
            "1_create.sql", "CREATE TABLE t (id int);\n",
            "2_fill.sql", "INSERT INTO t VALUES (1);\n",
            "sub/3_elsewhere.sql", "SELECT 3;\n");

    @Test
    void readsADirectoryInsideAJar() throws IOException {
        Path jar = jar("app.jar", true);
        try (URLClassLoader loader = loader(jar)) {
            MigrationDirectory dir = MigrationDirectory.classpath("db/migrations", loader);

            assertThat(dir.files()).extracting(MigrationFile::name).containsExactly("1_create.sql", "2_fill.sql");
            assertThat(dir.location()).isEqualTo("classpath:db/migrations (" + jar + ")");
            dir.validate(SqlSyntax.POSTGRES);
            assertThat(dir.files().get(1).statements(SqlSyntax.POSTGRES)).singleElement()
                    .satisfies(s -> assertThat(s.text()).isEqualTo("INSERT INTO t VALUES (1)"));
        }
    }

    @Test
    void aJarWithoutFolderEntriesIsFoundThroughItsSum() throws IOException {
        try (URLClassLoader loader = loader(jar("flat.jar", false))) {
            MigrationDirectory dir = MigrationDirectory.classpath("/db/migrations/", loader);

            assertThat(dir.files()).extracting(MigrationFile::name).containsExactly("1_create.sql", "2_fill.sql");
            dir.checkSum();
        }
    }

    @Test
    void aFormatAndSubfoldersInAJar() throws IOException {
        try (URLClassLoader loader = loader(jar("flyway.jar", true, "db/flyway/", Map.of(
                "V1__create.sql", "CREATE TABLE t (id int);", "v2/V2__fill.sql", "INSERT INTO t VALUES (1);")))) {
            MigrationDirectory dir = MigrationDirectory.classpath("db/flyway?format=flyway", loader);

            assertThat(dir.format()).isEqualTo(DirectoryFormat.FLYWAY);
            assertThat(dir.files()).extracting(MigrationFile::name).containsExactly("V1__create.sql", "v2/V2__fill.sql");
        }
    }

    @Test
    void readsAFolderOnTheClasspath() throws IOException {
        Path classes = temp.resolve("classes");
        write(classes.resolve("db/migrations"), MIGRATIONS);
        try (URLClassLoader loader = loader(classes)) {
            MigrationDirectory dir = MigrationDirectory.classpath("db/migrations", loader);

            assertThat(dir.files()).extracting(MigrationFile::name).containsExactly("1_create.sql", "2_fill.sql");
            assertThat(dir.location()).startsWith("classpath:db/migrations (").endsWith("migrations)");
            dir.validate(SqlSyntax.POSTGRES);
        }
    }

    @Test
    void theContextClassLoaderIsUsedByDefault() throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = loader(jar("app.jar", true))) {
            thread.setContextClassLoader(loader);
            assertThat(MigrationDirectory.classpath("db/migrations").files()).hasSize(2);
            assertThat(MigrationDirectory.fromUrl("classpath:db/migrations?format=atlas").files()).hasSize(2);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void aMissingDirectoryIsNamed() throws IOException {
        try (URLClassLoader loader = loader(jar("flat.jar", false))) {
            assertThatThrownBy(() -> MigrationDirectory.classpath("db/missing", loader))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("migration directory classpath:db/missing is not on the classpath of ")
                    .hasMessageEndingWith(": neither db/missing nor db/missing/atlas.sum was found");
        }
    }

    @Test
    void aClasspathDirectoryCannotBeWritten() throws IOException {
        try (URLClassLoader loader = loader(jar("app.jar", true))) {
            MigrationDirectory dir = MigrationDirectory.classpath("db/migrations", loader);

            assertThatThrownBy(dir::writeSum)
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("cannot be written: only a folder opened with MigrationDirectory.open");
        }
    }

    private Path jar(String name, boolean folderEntries) throws IOException {
        Map<String, String> files = new java.util.HashMap<>(MIGRATIONS);
        files.put("atlas.sum", TestDirectories.hashed(DirectoryFormat.ATLAS, "1_create.sql", MIGRATIONS.get("1_create.sql"),
                "2_fill.sql", MIGRATIONS.get("2_fill.sql")).sum().text());
        return jar(name, folderEntries, "db/migrations/", files);
    }

    private Path jar(String name, boolean folderEntries, String prefix, Map<String, String> files) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry("dev/app/Main.class"));
            jarOut.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            TreeSet<String> folders = new TreeSet<>();
            for (String file : files.keySet()) {
                for (int slash = (prefix + file).indexOf('/'); slash >= 0; slash = (prefix + file).indexOf('/', slash + 1)) {
                    folders.add((prefix + file).substring(0, slash + 1));
                }
            }
            if (folderEntries) {
                for (String folder : folders) {
                    jarOut.putNextEntry(new JarEntry(folder));
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                jarOut.putNextEntry(new JarEntry(prefix + file.getKey()));
                jarOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static void write(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(folder.resolve(file.getKey()).getParent());
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        Files.writeString(folder.resolve("atlas.sum"), MigrationDirectory.open(folder).sum().text());
    }

    private static URLClassLoader loader(Path entry) throws IOException {
        return new URLClassLoader(new URL[] {entry.toUri().toURL()}, null);
    }
}
