/** The capacity plan: every number with the formula that produced it. */
@NullMarked
package dev.archforge.design.capacity;

import org.jspecify.annotations.NullMarked;
