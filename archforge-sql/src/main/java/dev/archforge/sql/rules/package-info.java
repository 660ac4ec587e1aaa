/**
 * The SQL rule API ({@link dev.archforge.sql.rules.SqlRule}, {@link dev.archforge.sql.rules.SqlContext}),
 * the subject it runs on ({@link dev.archforge.sql.rules.SqlFile}) and helpers shared by the areas;
 * rules live in sub-packages by area, the registry in {@code dev.archforge.sql.catalog}.
 */
@NullMarked
package dev.archforge.sql.rules;

import org.jspecify.annotations.NullMarked;
