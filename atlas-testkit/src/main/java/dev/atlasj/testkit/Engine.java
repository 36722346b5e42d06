package dev.atlasj.testkit;

/**
 * The database engines the testkit can provide. {@link #MYSQL} stands for the MySQL family: a MySQL
 * or a MariaDB server, whichever the provider chain finds.
 */
public enum Engine {
    POSTGRES("PostgreSQL", "ATLAS_TEST_POSTGRES_URL", "jdbc:postgresql://HOST:5432/postgres?user=USER&password=PASSWORD",
            "start a server on 127.0.0.1:5432 on which user postgres (or PGUSER) may create databases"),
    MYSQL("MySQL", "ATLAS_TEST_MYSQL_URL", "jdbc:mysql://HOST:3306/?user=USER&password=PASSWORD",
            "start a MySQL or MariaDB server on 127.0.0.1:3306 on which root (with the password in MYSQL_PWD, if any)"
                    + " may create databases");

    private final String displayName;
    private final String urlVariable;
    private final String exampleUrl;
    private final String localServerHint;

    Engine(String displayName, String urlVariable, String exampleUrl, String localServerHint) {
        this.displayName = displayName;
        this.urlVariable = urlVariable;
        this.exampleUrl = exampleUrl;
        this.localServerHint = localServerHint;
    }

    /** The engine's name for messages. */
    public String displayName() {
        return displayName;
    }

    /** The environment variable that points the testkit at a server of this engine. */
    public String urlVariable() {
        return urlVariable;
    }

    /** The form of the JDBC URL {@link #urlVariable()} takes, for messages. */
    String exampleUrl() {
        return exampleUrl;
    }

    /** How to offer the local-server provider a server, for messages. */
    String localServerHint() {
        return localServerHint;
    }
}
