package dev.archforge.sql.rules;

import java.util.List;

/**
 * How files are read. {@link #SCHEMA}: the files define a schema; rules judge the schema they
 * end with. {@link #MIGRATION}: the files are migrations applied in order to a live database;
 * migration-safety rules also judge each statement against the schema before it.
 */
public enum ReviewMode {
    SCHEMA,
    MIGRATION;

    /** A folder or several files are migrations; a single file is a schema. */
    public static ReviewMode defaultFor(List<?> files) {
        return files.size() > 1 ? MIGRATION : SCHEMA;
    }
}
