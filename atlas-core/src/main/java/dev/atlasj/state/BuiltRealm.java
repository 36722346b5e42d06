package dev.atlasj.state;

import dev.atlasj.schema.Realm;
import java.util.List;
import java.util.Objects;

/** A realm built in code: normalized by the dev database when there is one, else by the dialect's rules. */
final class BuiltRealm implements DesiredState {

    private final Realm realm;
    private final String description;

    BuiltRealm(Realm realm, String description) {
        this.realm = Objects.requireNonNull(realm, "realm");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** The realm as built. */
    Realm realm() {
        return realm;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Realm read(Context context) {
        return Composition.read(List.of(this), context);
    }

    @Override
    public String toString() {
        return description;
    }
}
