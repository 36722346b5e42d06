package dev.atlasj.diff;

/** Which part of a column definition a {@link TableChange.ModifyColumn} changes. */
public enum ColumnChangeKind {
    TYPE,
    NULLABILITY,
    DEFAULT,
    GENERATED,
    COLLATION,
    COMMENT,
    ATTRIBUTES
}
