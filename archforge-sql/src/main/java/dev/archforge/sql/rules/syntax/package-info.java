/**
 * The text of a file rather than its statements: what the review cannot read (unterminated literals,
 * statements outside the grammar) and its {@code archforge-ignore} comments.
 */
@NullMarked
package dev.archforge.sql.rules.syntax;

import org.jspecify.annotations.NullMarked;
