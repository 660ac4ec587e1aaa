/** API versioning strategy. */
@NullMarked
package dev.archforge.openapi.rules.versioning;

import org.jspecify.annotations.NullMarked;
