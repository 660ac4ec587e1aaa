package dev.archforge.sql.rules;

import dev.archforge.model.Setting;
import java.util.List;
import java.util.Locale;

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

    /** The setting as the reports show it ({@code sql-mode=migration}), spelled as {@code --sql-mode} takes it. */
    public Setting setting() {
        return new Setting(
                "sql-mode",
                name().toLowerCase(Locale.ROOT),
                switch (this) {
                    case SCHEMA -> "the schema the files end with is reviewed";
                    case MIGRATION -> "each statement is reviewed against the database before it";
                });
    }
}
