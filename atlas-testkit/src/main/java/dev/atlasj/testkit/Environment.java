package dev.atlasj.testkit;

/**
 * Where the testkit reads environment variables, so that tests of the testkit can supply their own
 * instead of mutating the real environment.
 */
@FunctionalInterface
interface Environment {

    /** The variable's value, or {@code null} when it is not set. */
    String get(String name);

    /** The value, or {@code null} when the variable is unset or blank. */
    default String value(String name) {
        String value = get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Whether the tests run under continuous integration ({@code CI=true}), where a missing database is an error. */
    default boolean underCi() {
        return "true".equalsIgnoreCase(value("CI"));
    }

    /** The process environment. */
    static Environment system() {
        return System::getenv;
    }
}
