/**
 * The PostgreSQL planner's internals: one writer of DDL per object kind ({@code *Ddl}), the phases
 * a plan is laid out in, and the ordering of tables by their dependencies.
 *
 * <p>Not an API: {@link dev.atlasj.postgres.PostgresPlanner} is the way in.
 */
package dev.atlasj.postgres.internal.plan;
