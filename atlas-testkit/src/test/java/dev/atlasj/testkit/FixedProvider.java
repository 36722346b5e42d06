package dev.atlasj.testkit;

import java.util.function.Supplier;

/** A provider for tests of the chain: it gives whatever {@code answer} supplies. */
record FixedProvider(int order, String name, Supplier<DatabaseProvider.Outcome> answer) implements DatabaseProvider {

    @Override
    public Outcome provide(Engine engine) {
        return answer.get();
    }
}
