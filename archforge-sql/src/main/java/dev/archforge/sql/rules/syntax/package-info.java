/** Text the review cannot read: unterminated literals and statements outside the grammar. */
@NullMarked
package dev.archforge.sql.rules.syntax;

import org.jspecify.annotations.NullMarked;
