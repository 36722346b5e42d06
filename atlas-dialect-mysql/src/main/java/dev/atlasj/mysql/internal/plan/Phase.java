package dev.atlasj.mysql.internal.plan;

/**
 * The stretches a plan is laid out in, in the order they run. Within a phase, statements keep the
 * order in which the planner added them, and the clauses added for one table in one phase make one
 * {@code ALTER TABLE}.
 *
 * <p>What goes away goes first, dependents before what they depend on: views, triggers and routines
 * (MySQL checks no reference to them when a table changes), foreign keys that stand in the way, whole
 * tables. Then what is created or changed, as for a database built from nothing: databases, the tables
 * that stay (before or after a change of their database's character set, see {@link #SCHEMA_DEFAULTS}), new tables, the foreign keys that had to wait, routines, views, triggers. Last the
 * databases dropped whole.
 */
public enum Phase {
    /** {@code DROP TRIGGER}, {@code DROP VIEW} (dependent views first), {@code DROP FUNCTION|PROCEDURE}. */
    DROP_OBJECTS,
    /** {@code RENAME TABLE}, {@code RENAME COLUMN}, {@code RENAME INDEX}: every later statement uses the new names. */
    RENAMES,
    /**
     * Foreign keys dropped before other tables change: those referencing a table that is dropped or
     * altered, those changed (dropped here, added again in {@link #FOREIGN_KEYS}), those in the way of a
     * column or key they use changing, and those that tie dropped tables into a cycle.
     */
    DROP_FOREIGN_KEYS,
    /** {@code DROP TABLE}, referencing tables before the tables they reference. */
    DROP_TABLES,
    /** {@code CREATE DATABASE}, {@code ALTER DATABASE}. */
    SCHEMAS,
    /** One {@code ALTER TABLE} per table that stays, grouping its changes. */
    ALTER_TABLES,
    /**
     * {@code ALTER DATABASE} giving the database a character set or collation its tables took in
     * {@link #ALTER_TABLES} already, spelled out: so that undoing it, which runs first then, gives back
     * the server's default before the tables take the database's again.
     */
    SCHEMA_DEFAULTS,
    /** {@code CREATE TABLE}, referenced tables first. */
    TABLES,
    /** Foreign keys that had to wait for their referenced table to be created or altered, or for a cycle to close. */
    FOREIGN_KEYS,
    /** {@code CREATE FUNCTION}, {@code CREATE PROCEDURE}: before the views that call them. */
    ROUTINES,
    /** {@code CREATE VIEW}, {@code CREATE OR REPLACE VIEW}, views before the views that select from them. */
    VIEWS,
    /** {@code CREATE TRIGGER}, once its table and the routines it calls exist, in their order of firing. */
    TRIGGERS,
    /** {@code DROP DATABASE}, with everything it still holds. */
    DROP_SCHEMAS
}
