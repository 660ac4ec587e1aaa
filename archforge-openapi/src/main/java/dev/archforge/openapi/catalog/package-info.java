/**
 * The catalogue of API rules ({@link dev.archforge.openapi.catalog.OpenApiRules}): the one place
 * that lists every area, so the rule interface and the areas stay free of cycles.
 */
@NullMarked
package dev.archforge.openapi.catalog;

import org.jspecify.annotations.NullMarked;
