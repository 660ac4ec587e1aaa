/** Validation constraints on inputs and examples. */
@NullMarked
package dev.archforge.openapi.rules.validation;

import org.jspecify.annotations.NullMarked;
