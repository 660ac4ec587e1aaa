package dev.archforge.sql.rules;

import dev.archforge.sql.ast.Insert;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.schema.ForeignKey;
import dev.archforge.sql.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lookup and configuration tables of a review set, recognised from the schema itself: small
 * tables of a few rows that rarely change, where advice for hot tables (bigint keys, indexes on
 * foreign keys to them, batched updates) is noise. A table of at most {@value #MAX_COLUMNS}
 * columns is one when its name says so ({@code *_type}, {@code *_status}, {@code *_kind},
 * {@code *version}), when the review set seeds it with {@code INSERT ... VALUES}, or when it has
 * at most {@value #MAX_REFERENCED_COLUMNS} columns and {@value #MIN_REFERRERS} or more tables
 * refer to it, or when it is a tree of values (a foreign key to itself: a parent value).
 */
public final class LookupTables {
    static final int MAX_COLUMNS = 8;
    static final int MAX_REFERENCED_COLUMNS = 4;
    static final int MIN_REFERRERS = 3;
    private static final Pattern NAME = Pattern.compile(
            ".*_(type|types|status|statuses|kind|kinds|category|categories)|.*version|.*_setting|.*_settings");

    private final Set<String> keys;
    private final Set<String> seeded;

    private LookupTables(Set<String> keys, Set<String> seeded) {
        this.keys = Set.copyOf(keys);
        this.seeded = Set.copyOf(seeded);
    }

    /**
     * True when {@code table}, as some statement saw it (a table later dropped is not in the final
     * schema), has a lookup table's name or is seeded by the review set, and few columns.
     */
    public static boolean looksLikeLookup(SqlContext context, Table table) {
        LookupTables lookups = of(context.file());
        return lookups.keys.contains(table.key())
                || (table.columns().size() <= MAX_COLUMNS
                        && (NAME.matcher(table.name().name().toLowerCase(Locale.ROOT))
                                        .matches()
                                || lookups.seeded.contains(table.key())));
    }

    /** True when the table with this key (in the final schema) is a lookup table. */
    public static boolean isLookup(SqlContext context, String tableKey) {
        return of(context.file()).keys.contains(tableKey);
    }

    /** The lookup tables of {@code file}'s review set, worked out once per set. */
    public static LookupTables of(SqlFile file) {
        return file.derivedFromReviewSet(LookupTables.class, LookupTables.class, LookupTables::find);
    }

    private static LookupTables find(List<SqlFile> files) {
        Set<String> seeded = new HashSet<>();
        for (SqlFile f : files) {
            for (Statement s : f.statements()) {
                if (s instanceof Insert insert && insert.literalRows()) {
                    seeded.add(f.schemaBefore(s).tableKey(insert.table()));
                }
            }
        }
        var schema = files.get(0).finalSchema();
        Map<String, Set<String>> referrers = new HashMap<>();
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.referencedTable().equals(t.key())) {
                    referrers
                            .computeIfAbsent(fk.referencedTable(), k -> new HashSet<>())
                            .add(t.key());
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (Table t : schema.tables()) {
            int columns = t.columns().size();
            if (columns > MAX_COLUMNS) {
                continue;
            }
            String name = t.name().name().toLowerCase(Locale.ROOT);
            boolean manyReferrers = columns <= MAX_REFERENCED_COLUMNS
                    && referrers.getOrDefault(t.key(), Set.of()).size() >= MIN_REFERRERS;
            boolean taxonomy =
                    t.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(t.key()));
            if (NAME.matcher(name).matches() || seeded.contains(t.key()) || manyReferrers || taxonomy) {
                out.add(t.key());
            }
        }
        return new LookupTables(out, seeded);
    }
}
