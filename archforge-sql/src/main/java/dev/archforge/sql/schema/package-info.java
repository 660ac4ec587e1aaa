/**
 * The schema model: {@link dev.archforge.sql.schema.Schema} (tables with columns, keys, foreign
 * keys, checks and indexes; enum types), the {@link dev.archforge.sql.schema.SchemaReplayer} that
 * applies statements to it in order, and {@link dev.archforge.sql.schema.MigrationFiles}, which
 * finds the up-migrations of a folder in version order.
 */
@NullMarked
package dev.archforge.sql.schema;

import org.jspecify.annotations.NullMarked;
