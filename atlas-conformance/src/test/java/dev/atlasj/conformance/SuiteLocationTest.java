package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLocationTest {

    @Test
    void theRootIsTheOutermostProjectAboveTheModule(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Path module = Files.createDirectories(root.resolve("parent/module"));
        Files.createFile(root.resolve("pom.xml"));
        Files.createFile(root.resolve("parent/pom.xml"));
        Files.createFile(module.resolve("pom.xml"));

        assertThat(SuiteLocation.repositoryRoot(module)).isEqualTo(root);
    }

    @Test
    void thisModulesRootIsTheParentProject() {
        Path module = SuiteLocation.moduleDirectory();

        assertThat(module.getFileName()).hasToString("atlas-conformance");
        assertThat(SuiteLocation.repositoryRoot(module)).isEqualTo(module.getParent());
    }

    @Test
    void aFolderWithoutAnIndexIsNotTheSuite(@TempDir Path dir) throws IOException {
        assertThat(new SuiteLocation(dir, "test").present()).isFalse();
        Files.createDirectory(dir.resolve("index"));
        assertThat(new SuiteLocation(dir, "test").present()).isTrue();
    }
}
