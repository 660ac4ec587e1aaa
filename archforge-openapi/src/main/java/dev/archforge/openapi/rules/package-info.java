/**
 * The rule API ({@link dev.archforge.openapi.rules.ApiRule}, {@link dev.archforge.openapi.rules.ApiContext})
 * and helpers shared by the areas; rules live in sub-packages by area, the registry in
 * {@code dev.archforge.openapi.catalog}.
 */
@NullMarked
package dev.archforge.openapi.rules;

import org.jspecify.annotations.NullMarked;
