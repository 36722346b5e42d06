package dev.atlasj.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The URLs that name no server: {@code file://}, {@code embedded://} and {@code docker://}. */
class LocalUrlTest {

    @Test
    void aFileUrlIsThePathAsWritten() {
        FileUrl file = (FileUrl) DatabaseUrl.parse("file://schema.sql");
        FileUrl dir = (FileUrl) DatabaseUrl.parse("file://db/schema/");
        FileUrl absolute = (FileUrl) DatabaseUrl.parse("file:///srv/app/my%20schema.sql");

        assertThat(file.scheme()).isEqualTo("file");
        assertThat(file.path()).isEqualTo(Path.of("schema.sql"));
        assertThat(dir.path()).isEqualTo(Path.of("db/schema"));
        assertThat(absolute.path()).isEqualTo(Path.of("/srv/app/my%20schema.sql"));
        assertThat(absolute.redacted()).isEqualTo("file:///srv/app/my%20schema.sql").isEqualTo(absolute.toString());
    }

    @Test
    void aFormatParameterMakesAFileUrlAMigrationDirectory() {
        FileUrl dir = (FileUrl) DatabaseUrl.parse("file://db/migrations?format=golang-migrate");

        assertThat(dir.path()).isEqualTo(Path.of("db/migrations"));
        assertThat(dir.directoryFormat()).contains("golang-migrate");
        assertThat(((FileUrl) DatabaseUrl.parse("file://schema.sql")).directoryFormat()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file://", "file:schema.sql", "file://schema.sql?mode=x", "file://m?format=", "file://m?format=atlas&x=1", "file://a#b"})
    void aMalformedFileUrlIsRefused(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url)).isInstanceOf(InvalidUrlException.class)
                .hasMessageStartingWith("invalid URL " + url + ": ");
    }

    @Test
    void anEmbeddedUrlNamesAVersionOrADataDirectoryNeverBoth() {
        EmbeddedUrl bundled = (EmbeddedUrl) DatabaseUrl.parse("embedded://postgres");
        EmbeddedUrl version = (EmbeddedUrl) DatabaseUrl.parse("embedded://postgres/15.19?search_path=app");
        EmbeddedUrl named = (EmbeddedUrl) DatabaseUrl.parse("embedded://postgres/shop_dev-2/");

        assertThat(bundled.dialect()).isEqualTo("postgres");
        assertThat(bundled.version()).isEmpty();
        assertThat(bundled.name()).isEmpty();
        assertThat(version.version()).contains("15.19");
        assertThat(version.name()).isEmpty();
        assertThat(version.schemas()).containsExactly("app");
        assertThat(named.name()).contains("shop_dev-2");
        assertThat(named.version()).isEmpty();
        assertThat(named.redacted()).isEqualTo("embedded://postgres/shop_dev-2/");
    }

    @Test
    void anEmbeddedUrlSaysWhatItTakes() {
        assertThatThrownBy(() -> DatabaseUrl.parse("embedded://mysql/8"))
                .hasMessage("invalid URL embedded://mysql/8: embedded servers exist for PostgreSQL and MariaDB:"
                        + " embedded://postgres, embedded://mariadb, each also as embedded://ENGINE/VERSION or"
                        + " embedded://ENGINE/NAME");
        assertThatThrownBy(() -> DatabaseUrl.parse("embedded://mariadb/shop?search_path=x"))
                .hasMessageEndingWith("embedded MariaDB takes no search_path: embedded://mariadb/NAME is scoped to its"
                        + " database NAME");
        assertThatThrownBy(() -> DatabaseUrl.parse("embedded://postgres/15/shop"))
                .hasMessageContaining("expected embedded://postgres/VERSION (digits and dots, as in 15 or 15.19.0)"
                        + " or embedded://postgres/NAME")
                .hasMessageEndingWith("not \"15/shop\"");
        assertThatThrownBy(() -> DatabaseUrl.parse("embedded://postgres/1shop")).hasMessageEndingWith("not \"1shop\"");
        assertThatThrownBy(() -> DatabaseUrl.parse("embedded://postgres/15.1.2.3")).hasMessageEndingWith("not \"15.1.2.3\"");
        assertThatThrownBy(() -> DatabaseUrl.parse("embedded://me:hunter2@postgres/shop"))
                .hasMessage("invalid URL embedded://me:xxxxx@postgres/shop: an embedded server takes no user, password or port");
        assertThatThrownBy(() -> DatabaseUrl.parse("embedded://postgres?sslmode=disable"))
                .hasMessageEndingWith("an embedded server takes no parameter \"sslmode\" (search_path is the only one)");
    }

    @Test
    void anEmbeddedMariaDbIsOfTheMySqlDialectAndANamedOneIsScopedToItsDatabase() {
        EmbeddedUrl throwaway = (EmbeddedUrl) DatabaseUrl.parse("embedded://mariadb");
        EmbeddedUrl version = (EmbeddedUrl) DatabaseUrl.parse("embedded://mariadb/11.4");
        EmbeddedUrl named = (EmbeddedUrl) DatabaseUrl.parse("embedded://mariadb/shop");

        assertThat(throwaway.dialect()).isEqualTo("mysql");
        assertThat(throwaway.engine()).isEqualTo("mariadb");
        assertThat(throwaway.isMariaDb()).isTrue();
        assertThat(throwaway.schemas()).isEmpty();
        assertThat(version.version()).contains("11.4");
        assertThat(version.schemas()).isEmpty();
        assertThat(named.name()).contains("shop");
        assertThat(named.schemas()).containsExactly("shop");
        assertThat(((EmbeddedUrl) DatabaseUrl.parse("embedded://postgres")).isMariaDb()).isFalse();
    }

    @Test
    void aMySqlFamilyDockerUrlDefaultsToDatabaseDevAndIsScopedToANamedOne() {
        DockerUrl mysql = (DockerUrl) DatabaseUrl.parse("docker://mysql/8");
        DockerUrl mariadb = (DockerUrl) DatabaseUrl.parse("docker://mariadb/11/shop");

        assertThat(mysql.dialect()).isEqualTo("mysql");
        assertThat(mysql.image()).isEqualTo("mysql:8");
        assertThat(mysql.imageName()).isEqualTo("mysql");
        assertThat(mysql.database()).isEqualTo("dev");
        assertThat(mysql.schemas()).isEmpty();
        assertThat(mariadb.dialect()).isEqualTo("mysql");
        assertThat(mariadb.image()).isEqualTo("mariadb:11");
        assertThat(mariadb.schemas()).containsExactly("shop");
        assertThatThrownBy(() -> DatabaseUrl.parse("docker://mysql/8?search_path=x"))
                .hasMessageContaining("takes no search_path");
        assertThatThrownBy(() -> DatabaseUrl.parse("docker://oracle/23"))
                .hasMessageEndingWith("the official postgres, mysql and mariadb images are supported, as in"
                        + " docker://postgres/16, docker://mysql/8 or docker://mariadb/11");
    }

    @Test
    void aDockerUrlNamesTheImageTagAndDatabase() {
        DockerUrl plain = (DockerUrl) DatabaseUrl.parse("docker://postgres/16");
        DockerUrl full = (DockerUrl) DatabaseUrl.parse("docker://postgres/15.8-alpine/dev?search_path=public");

        assertThat(plain.image()).isEqualTo("postgres:16");
        assertThat(plain.version()).isEqualTo("16");
        assertThat(plain.database()).isEqualTo("postgres");
        assertThat(plain.schemas()).isEmpty();
        assertThat(full.image()).isEqualTo("postgres:15.8-alpine");
        assertThat(full.database()).isEqualTo("dev");
        assertThat(full.schemas()).containsExactly("public");
        assertThat(full.redacted()).isEqualTo("docker://postgres/15.8-alpine/dev?search_path=public");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker://postgres", "docker://postgres/", "docker://mysql", "docker://postgres/16/a/b",
        "docker://u:hunter2@postgres/16", "docker://postgres/16?sslmode=disable", "docker://postgres/:16"})
    void aMalformedDockerUrlIsRefusedWithoutShowingAPassword(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url)).isInstanceOf(InvalidUrlException.class)
                .hasMessageStartingWith("invalid URL ")
                .hasMessageNotContaining("hunter2");
    }
}
