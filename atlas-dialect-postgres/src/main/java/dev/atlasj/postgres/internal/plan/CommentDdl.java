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
        return new Ddl("COMMENT ON " + target + " IS " + Literals.string(comment), "COMMENT ON " + target + " IS NULL");
    }
}
