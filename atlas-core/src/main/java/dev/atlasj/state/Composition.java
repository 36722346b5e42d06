package dev.atlasj.state;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.diff.Changes;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.state.Piece.SchemaPiece;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads desired states, one or several composed, into one realm: on a dev database when the context
 * has one, else by merging what each part reads. See {@link DesiredState#compose(List)} for the rules.
 *
 * <p>Every object is attributed to the first part that created or changed it, so that a conflict
 * names both parts, and so that the result holds only what the parts defined (not the empty
 * {@code public} schema every PostgreSQL database starts with).
 */
final class Composition {

    private final Dialect dialect;
    private final Differ differ;
    private final Map<String, String> owners = new HashMap<>();

    private Composition(Dialect dialect) {
        this.dialect = dialect;
        this.differ = new Differ(dialect.diffRules());
    }

    /** A part as it joins the composition: scripts to run, or a realm to add. */
    private record Part(String description, List<SqlScript> scripts, Realm realm) {
    }

    /** Reads {@code states}, in order, as one desired state. */
    static Realm read(List<DesiredState> states, DesiredState.Context context) {
        Composition composition = new Composition(context.dialect());
        List<DesiredState> parts = new ArrayList<>();
        flatten(states, parts);
        return context.devDatabase() == null ? composition.merge(parts, context) : composition.load(parts, context);
    }

    private static void flatten(List<DesiredState> states, List<DesiredState> into) {
        for (DesiredState state : states) {
            if (state instanceof ComposedState composed) {
                flatten(composed.parts(), into);
            } else {
                into.add(state);
            }
        }
    }

    /** Without a dev database: every part read on its own, then merged, in the dialect's canonical form. */
    private Realm merge(List<DesiredState> states, DesiredState.Context context) {
        Map<String, Piece> merged = new LinkedHashMap<>();
        for (DesiredState state : states) {
            if (state instanceof SqlSource sql) {
                throw sql.needsDevDatabase();
            }
            Realm realm = state instanceof BuiltRealm built ? built.realm() : state.read(context);
            for (Piece piece : Piece.of(realm)) {
                Piece earlier = merged.putIfAbsent(piece.key(), piece);
                if (earlier != null) {
                    requireSame(earlier, piece, state.description());
                }
                owners.putIfAbsent(piece.key(), state.description());
            }
        }
        return dialect.diffRules().normalize(Piece.assemble(merged.values(), null));
    }

    /**
     * With a dev database: every part loaded in one session, on top of the parts before it, and the
     * result read back. Files and databases are read before the session opens, so that a missing file
     * is reported without touching the dev database.
     */
    private Realm load(List<DesiredState> states, DesiredState.Context context) {
        List<Part> parts = new ArrayList<>();
        for (DesiredState state : states) {
            if (state instanceof SqlSource sql) {
                parts.add(new Part(state.description(), sql.scripts(), null));
            } else {
                Realm realm = state instanceof BuiltRealm built ? built.realm() : state.read(context);
                parts.add(new Part(state.description(), null, realm));
            }
        }
        try (DevSession session = context.devDatabase().open()) {
            Realm current = session.inspect();
            for (Part part : parts) {
                if (part.scripts() != null) {
                    part.scripts().forEach(session::run);
                } else {
                    List<SchemaChange> changes = additions(current, part);
                    if (!changes.isEmpty()) {
                        session.apply(changes, part.description());
                    }
                    Piece.of(part.realm()).forEach(p -> owners.putIfAbsent(p.key(), part.description()));
                }
                Realm after = session.inspect();
                claimChanges(current, after, part.description());
                current = after;
            }
            return defined(current);
        }
    }

    /**
     * The changes that create the objects of {@code part} that {@code current} lacks. Those it has must
     * be defined the same way, except the schemas the dev database started with, which take the part's
     * comment and attributes.
     */
    private List<SchemaChange> additions(Realm current, Part part) {
        Map<String, Piece> existing = Piece.byKey(current);
        List<Piece> added = new ArrayList<>();
        for (Piece piece : Piece.of(part.realm())) {
            Piece there = existing.get(piece.key());
            if (there == null) {
                added.add(piece);
            } else if (owners.containsKey(piece.key()) || !(piece instanceof SchemaPiece)) {
                requireSame(there, piece, part.description());
            } else if (!differ.diff(there.alone(), piece.alone()).isEmpty()) {
                // the dialect's planner creates a schema every database has (PostgreSQL's public)
                // with IF NOT EXISTS, and sets its comment
                added.add(piece);
            }
        }
        Set<String> created = added.stream().map(Piece::key).collect(Collectors.toSet());
        return Changes.toCreate(Piece.assemble(added, null)).stream()
                .filter(c -> !(c instanceof SchemaChange.AddSchema add)
                        || created.contains(SchemaPiece.key(add.schema().name())))
                .toList();
    }

    private void requireSame(Piece earlier, Piece later, String laterSource) {
        List<SchemaChange> differences = differ.diff(earlier.alone(), later.alone());
        if (!differences.isEmpty()) {
            String earlierSource = owners.getOrDefault(earlier.key(), "the dev database");
            throw new DesiredStateException(earlier.key() + " is defined by " + earlierSource + " and differently by "
                    + laterSource + " (" + differences.stream().map(SchemaChange::describe).collect(Collectors.joining("; "))
                    + "); define each object in one source, or the same way in both");
        }
    }

    /** Attributes to {@code source} every object it created or changed, unless an earlier part owns it. */
    private void claimChanges(Realm before, Realm after, String source) {
        Map<String, Piece> earlier = Piece.byKey(before);
        for (Piece piece : Piece.of(after)) {
            if (!piece.equals(earlier.get(piece.key()))) {
                owners.putIfAbsent(piece.key(), source);
            }
        }
    }

    /** {@code current} without the schemas no part defined: those the dev database started with, left empty. */
    private Realm defined(Realm current) {
        List<Schema> schemas = current.schemas().stream()
                .filter(s -> owners.containsKey(SchemaPiece.key(s.name())) || !s.isEmpty())
                .toList();
        return new Realm(schemas, current.extensions(), current.attributes());
    }
}
