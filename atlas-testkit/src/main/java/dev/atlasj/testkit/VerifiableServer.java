package dev.atlasj.testkit;

import java.sql.SQLException;

/** A server the testkit found by itself, which it checks before handing it to tests. */
interface VerifiableServer extends DatabaseServer {

    /** Connects and checks that the user may create databases; the message says what is wrong. */
    void verify() throws SQLException;
}
