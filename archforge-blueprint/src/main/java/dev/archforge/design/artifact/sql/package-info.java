/**
 * The {@code db/migration/V1__init.sql} contributor: turns the entities into a PostgreSQL DDL model
 * (tables, constraints, indexes, policies) in dependency order, written by the DDL writer.
 */
@NullMarked
package dev.archforge.design.artifact.sql;

import org.jspecify.annotations.NullMarked;
