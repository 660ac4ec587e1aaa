/**
 * Facts about the PostgreSQL dialect that more than one part of Archforge needs, kept once: the
 * reserved key words ({@link dev.archforge.pg.ReservedWords}) and the built-in type names with the
 * aliases PostgreSQL prints under another name ({@link dev.archforge.pg.TypeNames}). The SQL review
 * reads them to judge a schema, the DDL writer to write one the review accepts. No dependencies.
 */
@NullMarked
package dev.archforge.pg;

import org.jspecify.annotations.NullMarked;
