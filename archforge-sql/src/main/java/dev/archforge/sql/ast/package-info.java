/**
 * The syntax tree of PostgreSQL statements: a sealed {@link dev.archforge.sql.ast.Statement}
 * with one record per kind the review understands, each with its {@link dev.archforge.sql.ast.Span}.
 * Statements that are recognised but not modelled are {@link dev.archforge.sql.ast.Other}; those
 * that cannot be read are {@link dev.archforge.sql.ast.ParseProblem}.
 */
@NullMarked
package dev.archforge.sql.ast;

import org.jspecify.annotations.NullMarked;
