/**
 * Review of PostgreSQL schemas and migrations: {@link dev.archforge.sql.SqlReviewer} reads the
 * files, replays them into the schema model and runs the SQL rules. Parsing is in
 * {@code …sql.parse}, the syntax tree in {@code …sql.ast}, the schema model in {@code …sql.schema},
 * the rules by area in {@code …sql.rules}.
 */
@NullMarked
package dev.archforge.sql;

import org.jspecify.annotations.NullMarked;
