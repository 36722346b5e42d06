package dev.atlasj.postgres.internal.diff;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.postgres.internal.diff.Token.Kind;
import dev.atlasj.schema.CompositeType;
import dev.atlasj.schema.Domain;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resolves the unqualified names a model written by hand or with the builder uses (a column of type
 * {@code mood}, {@code nextval('t_id_seq')}) to the schema-qualified names PostgreSQL prints when it
 * reads them back ({@code public.mood}, {@code 'public.t_id_seq'::regclass}).
 *
 * <p>A name resolves to the schema being normalized when that schema defines it, else to
 * {@code public} when {@code public} does: the schemas PostgreSQL's default search path would
 * search. A name neither defines is left as written, and so is a built-in type name, which
 * PostgreSQL always finds in {@code pg_catalog} first.
 */
final class NameScope {

    private final String schema;
    private final Map<String, Set<String>> types;
    private final Map<String, Set<String>> sequences;

    private NameScope(String schema, Map<String, Set<String>> types, Map<String, Set<String>> sequences) {
        this.schema = schema;
        this.types = types;
        this.sequences = sequences;
    }

    /** The names every schema of {@code realm} defines, seen from no schema yet. */
    static NameScope of(Realm realm) {
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, Set<String>> sequences = new HashMap<>();
        for (Schema s : realm.schemas()) {
            Set<String> typeNames = new HashSet<>();
            Stream.of(s.enums().stream().map(EnumType::name), s.domains().stream().map(Domain::name),
                    s.composites().stream().map(CompositeType::name), s.tables().stream().map(Table::name))
                    .flatMap(names -> names).forEach(typeNames::add);
            types.put(s.name(), typeNames);
            Set<String> sequenceNames = new HashSet<>();
            s.sequences().stream().map(Sequence::name).forEach(sequenceNames::add);
            sequences.put(s.name(), sequenceNames);
        }
        return new NameScope(null, types, sequences);
    }

    /** The same names, seen from {@code schema}. */
    NameScope in(String schema) {
        return new NameScope(schema, types, sequences);
    }

    String schema() {
        return schema;
    }

    /** {@code type} (canonical) with an unqualified user-defined type name qualified by the schema that defines it. */
    String type(String type) {
        String array = "";
        String name = type;
        while (TypeNames.isArray(name)) {
            name = TypeNames.element(name);
            array += "[]";
        }
        String bare = bareName(name);
        if (bare == null || TypeNames.BUILT_IN.contains(name)) {
            return type;
        }
        String owner = owner(types, bare);
        return owner == null ? type : PostgresIdentifiers.qualify(owner, bare) + array;
    }

    /** The unqualified name of a table, qualified by the schema that defines it, or as written when none does. */
    String relation(String table) {
        String owner = owner(types, table);
        return owner == null ? table : PostgresIdentifiers.qualify(owner, table);
    }

    /**
     * The sequence a {@code regclass} string such as {@code t_id_seq} or {@code public."T_seq"} names,
     * qualified as PostgreSQL prints it, or {@code null} when the string is not a name.
     */
    String sequence(String regclass) {
        List<Token> tokens;
        try {
            tokens = ExpressionLexer.tokens(regclass);
        } catch (UnreadableExpression e) {
            return null;
        }
        if (tokens.size() == 1 && isName(tokens.get(0))) {
            String name = tokens.get(0).text();
            String owner = owner(sequences, name);
            if (owner == null && "public".equals(schema)) {
                owner = schema;
            }
            return PostgresIdentifiers.qualify(owner, name);
        }
        if (tokens.size() == 3 && isName(tokens.get(0)) && tokens.get(1).isPunctuation(".") && isName(tokens.get(2))) {
            return PostgresIdentifiers.qualify(tokens.get(0).text(), tokens.get(2).text());
        }
        return null;
    }

    /** The schema that defines {@code name} by the rule of this class, or {@code null}. */
    private String owner(Map<String, Set<String>> names, String name) {
        if (schema != null && names.getOrDefault(schema, Set.of()).contains(name)) {
            return schema;
        }
        return names.getOrDefault("public", Set.of()).contains(name) ? "public" : null;
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED;
    }

    /** The name a canonical type spelling stands for when it is one unqualified name without modifier, else {@code null}. */
    private static String bareName(String type) {
        try {
            List<Token> tokens = ExpressionLexer.tokens(type);
            return tokens.size() == 1 && isName(tokens.get(0)) ? tokens.get(0).text() : null;
        } catch (UnreadableExpression e) {
            return null;
        }
    }
}
