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
                .hasMessage("invalid URL embedded://mysql/8: embedded servers exist for PostgreSQL only:"
                        + " embedded://postgres, embedded://postgres/VERSION or embedded://postgres/NAME");
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
    @ValueSource(strings = {"docker://postgres", "docker://postgres/", "docker://mysql/8", "docker://postgres/16/a/b",
        "docker://u:hunter2@postgres/16", "docker://postgres/16?sslmode=disable", "docker://postgres/:16"})
    void aMalformedDockerUrlIsRefusedWithoutShowingAPassword(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url)).isInstanceOf(InvalidUrlException.class)
                .hasMessageStartingWith("invalid URL ")
                .hasMessageNotContaining("hunter2");
    }
}
