/** Migration safety: statements that lock or fail on a live table with rows. */
@NullMarked
package dev.archforge.sql.rules.migration;

import org.jspecify.annotations.NullMarked;
