/** Writers that turn a {@link dev.archforge.model.Review} into each output format. */
@NullMarked
package dev.archforge.report;

import org.jspecify.annotations.NullMarked;
