/** The rule API ({@link dev.archforge.openapi.rules.ApiRule}) and the registry; rules live in sub-packages by area. */
@NullMarked
package dev.archforge.openapi.rules;

import org.jspecify.annotations.NullMarked;
