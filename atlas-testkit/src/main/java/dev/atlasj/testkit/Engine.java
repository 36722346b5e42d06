package dev.atlasj.testkit;

/** The database engines the testkit can provide. */
public enum Engine {
    POSTGRES("PostgreSQL", "ATLAS_TEST_POSTGRES_URL");

    private final String displayName;
    private final String urlVariable;

    Engine(String displayName, String urlVariable) {
        this.displayName = displayName;
        this.urlVariable = urlVariable;
    }

    /** The engine's name for messages. */
    public String displayName() {
        return displayName;
    }

    /** The environment variable that points the testkit at a server of this engine. */
    public String urlVariable() {
        return urlVariable;
    }
}
