package dev.archforge.sql.rules.migration;

import dev.archforge.sql.ast.Maintenance;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.rules.LookupTables;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.TableSizes;
import dev.archforge.sql.schema.MigrationFiles;
import dev.archforge.sql.schema.Table;
import java.util.Optional;

/**
 * Whether the object a migration statement touches existed before the migration file: anything
 * not created earlier in the same file counts as existing (a table the files never show lives in
 * a database they do not describe).
 */
final class Existing {
    private Existing() {}

    /**
     * True when {@code table} was live when {@code statement} ran: not created earlier in the file
     * of {@code statement}, nor by a migration of the same day (versions whose first
     * {@value #DAY_DIGITS} digits, the date of a timestamp version, are equal): migrations written
     * the same day ship in one deploy, so no application wrote to the table in between.
     */
    static boolean table(SqlContext context, Statement statement, QualifiedName table) {
        String file = context.file().name();
        // one look-up for both tests: rules ask this for every statement that touches a table
        return context.schemaBefore(statement)
                .table(table)
                .filter(t -> t.declared()
                        && (t.origin().file().equals(file) // created earlier in this file
                                || sameDay(t.origin().file(), file)))
                .isEmpty();
    }

    static final int DAY_DIGITS = 8;

    private static boolean sameDay(String a, String b) {
        String x = MigrationFiles.versionDigits(a);
        String y = MigrationFiles.versionDigits(b);
        return x.length() >= DAY_DIGITS
                && y.length() >= DAY_DIGITS
                && x.substring(0, DAY_DIGITS).equals(y.substring(0, DAY_DIGITS));
    }

    /**
     * True when {@code table} was live when {@code statement} ran and may be large, so a lock held
     * while every row is read or changed stalls the service. When the project names its large
     * tables ({@code large-tables:}), only those are large, under the name they had then or the name
     * they end with; a table the history created and the project does not name is small however
     * long ago it was created. When it names none, any live table but a lookup table may be large
     * (changing every row of a seeded list of types, or adding a key to it, holds its lock for moments).
     */
    static boolean liveNotSmallTable(SqlContext context, Statement statement, QualifiedName table) {
        if (!table(context, statement, table)) {
            return false;
        }
        Optional<Table> end = context.finalTable(statement, table);
        TableSizes sizes = context.tableSizes();
        if (sizes.known()) {
            return sizes.isLarge(context.tableKey(statement, table), table.name())
                    || end.filter(t -> sizes.isLarge(t.key(), t.name().name())).isPresent();
        }
        return end.filter(t -> LookupTables.isLookup(context, t.key())).isEmpty();
    }

    /** True unless the index belongs to a table created earlier in the file. */
    static boolean index(SqlContext context, Statement statement, QualifiedName index) {
        return context.schemaBefore(statement)
                .tableOfIndex(index)
                .map(t -> table(context, statement, t.name()))
                .orElse(true);
    }

    /** What a maintenance command names: {@code TABLE}, {@code INDEX}, or another REINDEX target word. */
    record Target(String kind, Optional<QualifiedName> name) {}

    /**
     * The object a VACUUM, CLUSTER or REINDEX names, as the parser read it: the table (or index
     * for {@code REINDEX INDEX}); an empty name means the whole database or schema.
     */
    static Target target(Maintenance m) {
        return new Target(m.target().kind(), m.target().name());
    }
}
