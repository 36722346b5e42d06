package dev.atlasj.postgres.internal.plan;

/** {@code COMMENT ON}: the one way PostgreSQL attaches a comment to any object. */
public final class CommentDdl {

    private CommentDdl() {
    }

    /**
     * Sets the comment of {@code target}, an object kind and name as {@code COMMENT ON} takes them
     * ({@code TABLE public.users}, {@code COLUMN public.users.email}).
     */
    public static Ddl on(String target, String comment) {
        return change(target, null, comment);
    }

    /** Changes the comment of {@code target} from {@code from} to {@code to}; {@code null} stands for none. */
    public static Ddl change(String target, String from, String to) {
        return new Ddl(statement(target, to), statement(target, from));
    }

    private static String statement(String target, String comment) {
        return "COMMENT ON " + target + " IS " + (comment == null ? "NULL" : Literals.string(comment));
    }
}
