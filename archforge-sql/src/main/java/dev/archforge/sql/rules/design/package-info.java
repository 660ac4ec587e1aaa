/** Schema design: keys, foreign keys and their indexes, column types. */
@NullMarked
package dev.archforge.sql.rules.design;

import org.jspecify.annotations.NullMarked;
