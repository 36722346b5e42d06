package dev.atlasj.state;

import dev.atlasj.schema.Realm;
import java.util.List;
import java.util.stream.Collectors;

/** Several desired states read as one; see {@link DesiredState#compose(List)}. */
final class ComposedState implements DesiredState {

    private final List<DesiredState> parts;

    ComposedState(List<DesiredState> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a composed desired state needs at least one part");
        }
        this.parts = List.copyOf(parts);
    }

    /** The parts, in the order given. */
    List<DesiredState> parts() {
        return parts;
    }

    @Override
    public String description() {
        return parts.stream().map(DesiredState::description).collect(Collectors.joining(" + "));
    }

    @Override
    public Realm read(Context context) {
        return Composition.read(parts, context);
    }

    @Override
    public String toString() {
        return description();
    }
}
