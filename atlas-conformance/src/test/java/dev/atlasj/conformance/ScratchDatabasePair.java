package dev.atlasj.conformance;

import dev.atlasj.conformance.ConformanceCase.Setup;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL harness's two pool databases: A is built in the first and B in the second, each
 * after a reset, with the preparation the case's {@link Setup} asks for.
 */
final class ScratchDatabasePair implements CaseStates {

    private final ScratchDatabase first;
    private final ScratchDatabase second;

    ScratchDatabasePair(ScratchDatabase first, ScratchDatabase second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public Optional<String> build(ConformanceCase testCase, Side side) throws SQLException {
        ScratchDatabase database = side == Side.A ? first : second;
        database.reset();
        boolean asUser = testCase.setup() == Setup.AS_PSQLDEF_USER;
        if (asUser) {
            database.createUserSchema();
        }
        if (side == Side.A) {
            for (String script : testCase.start()) {
                Optional<String> failure = first.load(script, asUser, false);
                if (failure.isPresent()) {
                    return failure;
                }
            }
            return Optional.empty();
        }
        boolean keepSchemas = testCase.setup() != Setup.PLAIN;
        if (keepSchemas) {
            second.createSchemas(first.userSchemas());
        }
        return second.load(testCase.target(), asUser, keepSchemas);
    }

    @Override
    public Connection session(Side side) {
        return (side == Side.A ? first : second).session();
    }

    @Override
    public boolean shareOneDatabase() {
        return false;
    }

    @Override
    public void close() throws SQLException {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
