/**
 * A small model of PostgreSQL DDL (records for tables, columns, constraints, indexes, comments,
 * policies, expressions) and {@link dev.archforge.design.artifact.sql.ddl.SqlWriter}, which prints it
 * deterministically. No SQL is assembled from string templates.
 */
@NullMarked
package dev.archforge.design.artifact.sql.ddl;

import org.jspecify.annotations.NullMarked;
