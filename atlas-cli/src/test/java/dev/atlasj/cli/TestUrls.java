package dev.atlasj.cli;

import dev.atlasj.testkit.TestDatabase;
import dev.atlasj.url.DatabaseUrl;
import dev.atlasj.url.ServerUrl;

/** URLs for the CLI that point at a test database's server, always with a password to watch for. */
final class TestUrls {

    /** The password the URLs carry when the server needs none (trust authentication ignores it). */
    static final String PASSWORD = "hunter2-Sekrit";

    private TestUrls() {
    }

    /** The password the URLs carry: the server's own when it has one. */
    static String password(TestDatabase db) {
        return db.server().password() == null ? PASSWORD : db.server().password();
    }

    /** {@code postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=disable} on {@code db}'s server. */
    static String url(TestDatabase db, String user, String database) {
        ServerUrl server = (ServerUrl) DatabaseUrl.parse(db.url());
        return "postgres://" + user + ":" + password(db) + "@" + server.host() + ":" + server.port() + "/" + database
                + "?sslmode=disable";
    }

    /** The URL of {@code db} itself, with its user. */
    static String url(TestDatabase db) {
        return url(db, db.server().user(), db.name());
    }
}
