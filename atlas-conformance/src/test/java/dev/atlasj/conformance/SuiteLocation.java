package dev.atlasj.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the suites are read from: {@code ../shared/conformance} beside the repository root, or the
 * folder the system property {@value #FOLDER_PROPERTY} names. The data is read in place and never
 * copied into the project.
 */
record SuiteLocation(Path folder, String origin) {

    static final String FOLDER_PROPERTY = "atlasj.conformance.dir";

    /** The location for this test run. */
    static SuiteLocation current() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new SuiteLocation(Path.of(override).toAbsolutePath().normalize(), "-D" + FOLDER_PROPERTY);
        }
        Path root = repositoryRoot(moduleDirectory());
        return new SuiteLocation(root.resolve("../shared/conformance").normalize(),
                "../shared/conformance from the repository root " + root);
    }

    /** The module's own directory: where Maven runs the tests. */
    static Path moduleDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    }

    /** The outermost directory above {@code module}, itself included, in an unbroken chain of Maven projects. */
    static Path repositoryRoot(Path module) {
        Path root = module;
        while (root.getParent() != null && Files.isRegularFile(root.getParent().resolve("pom.xml"))) {
            root = root.getParent();
        }
        return root;
    }

    boolean present() {
        return Files.isDirectory(folder.resolve("index"));
    }

    @Override
    public String toString() {
        return folder + " (" + origin + ")";
    }
}
