/**
 * The SQL rule API ({@link dev.archforge.sql.rules.SqlRule}, {@link dev.archforge.sql.rules.SqlContext}),
 * the subject it runs on ({@link dev.archforge.sql.rules.SqlFile}) and the registry
 * ({@link dev.archforge.sql.rules.SqlRules}); rules live in sub-packages by area.
 */
@NullMarked
package dev.archforge.sql.rules;

import org.jspecify.annotations.NullMarked;
