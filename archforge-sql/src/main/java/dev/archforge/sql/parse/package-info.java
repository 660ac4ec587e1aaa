/**
 * Reading PostgreSQL scripts: the {@link dev.archforge.sql.parse.Lexer} (tokens with positions,
 * comments kept aside), the {@link dev.archforge.sql.parse.ScriptSplitter} (statements, psql
 * meta-commands, COPY data) and the tolerant {@link dev.archforge.sql.parse.SqlParser} that turns
 * each statement into the AST of {@code dev.archforge.sql.ast}. Nothing here throws on bad input:
 * what cannot be read becomes a problem with its position.
 */
@NullMarked
package dev.archforge.sql.parse;

import org.jspecify.annotations.NullMarked;
