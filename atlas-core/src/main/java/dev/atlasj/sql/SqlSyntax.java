package dev.atlasj.sql;

/** The lexical rules a script follows: which quotes, comments and block bodies the splitter must respect. */
public enum SqlSyntax {
    /**
     * PostgreSQL: {@code '…'} with doubled quotes, {@code E'…'} with backslash escapes, {@code "…"}
     * identifiers, {@code $tag$…$tag$} bodies, {@code --} and nested {@code /* *}{@code /} comments,
     * {@code BEGIN ATOMIC … END} function bodies.
     */
    POSTGRES,
    /**
     * MySQL and MariaDB: {@code '…'} and {@code "…"} with backslash escapes, {@code `…`} identifiers,
     * {@code #}, {@code -- } and {@code /* *}{@code /} comments, the client's {@code DELIMITER} command and
     * {@code BEGIN … END} compound statements in routines, triggers and events.
     */
    MYSQL
}
