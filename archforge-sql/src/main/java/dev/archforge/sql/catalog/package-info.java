/**
 * The catalogue of SQL rules ({@link dev.archforge.sql.catalog.SqlRules}): the one place that lists
 * every area, so the rule interface and the areas stay free of cycles.
 */
@NullMarked
package dev.archforge.sql.catalog;

import org.jspecify.annotations.NullMarked;
