package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.rules.Conventions;
import dev.archforge.sql.rules.LookupTables;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlFile;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.ForeignKey;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A foreign key whose columns do not lead any index of the final schema: every delete or key
 * update on the referenced table scans the referencing one, and joins on the key cannot use an
 * index. Reported where the key is declared, when the schema itself says rows of the referenced
 * table are deleted: the key acts on delete (CASCADE, SET NULL, SET DEFAULT), or another key to
 * the same table does. Keys to tables nothing says are deleted from (edit histories, immutable
 * shared rows) and to lookup tables ({@link LookupTables}) are left out, and so are tables the
 * files never create, since their indexes are unknown. The cause is the referenced table: when {@value
 * Conventions#GROUP_FROM} or more unindexed keys of the review set reference one table, they are
 * one finding at the first of them, naming the count and the referencing tables.
 */
@RuleInfo(
        id = "sql-foreign-key-without-index",
        title = "Foreign key has no index on its columns",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Create an index whose leading columns are the foreign key's columns "
                + "(CREATE INDEX CONCURRENTLY ... ON child (parent_id)).")
public final class ForeignKeyWithoutIndexRule implements SqlRule {
    private static final int LISTED = 5;

    /** One unindexed foreign key: where it is declared, and the final table it is on. */
    private record Unindexed(SqlFile file, ForeignKeys.Site site, Table table, List<String> columns) {}

    /** The review set's unindexed keys by referenced table, in review order. */
    private record ByParent(Map<String, List<Unindexed>> groups) {}

    @Override
    public void check(SqlContext context) {
        ByParent all = context.file()
                .derivedFromReviewSet(
                        ForeignKeyWithoutIndexRule.class, ByParent.class, files -> collect(context, files));
        for (List<Unindexed> group : all.groups().values()) {
            if (group.size() >= Conventions.GROUP_FROM) {
                if (group.get(0).file() == context.file()) {
                    report(context, group);
                }
                continue;
            }
            for (Unindexed u : group) {
                if (u.file() == context.file()) {
                    String name =
                            u.site().key().name().map(n -> "'" + n.raw() + "' ").orElse("");
                    context.report(
                            u.site().statement(),
                            u.site().key().span(),
                            "Foreign key " + name + "on '" + u.table().name().raw() + "' ("
                                    + String.join(", ", u.columns()) + ") has no index starting with its columns");
                }
            }
        }
    }

    private static void report(SqlContext context, List<Unindexed> group) {
        Unindexed first = group.get(0);
        String parent = first.site().key().references().table().raw();
        List<String> listed = new ArrayList<>();
        for (Unindexed u : group.subList(0, Math.min(LISTED, group.size()))) {
            listed.add("'" + u.table().name().raw() + "' (" + String.join(", ", u.columns()) + ")");
        }
        String more = group.size() > LISTED ? " and " + (group.size() - LISTED) + " more" : "";
        context.report(
                first.site().statement(),
                first.site().key().span(),
                group.size() + " foreign keys referencing '" + parent + "' have no index starting with their columns: "
                        + String.join(", ", listed) + more + "; each delete or key update on '" + parent
                        + "' scans every one of these tables");
    }

    /** CASCADE, SET NULL or SET DEFAULT: the parent's rows are deleted, and the delete writes here. */
    private static boolean actsOnDelete(ForeignKey fk) {
        return fk.onDelete()
                .map(a -> a.toLowerCase(Locale.ROOT))
                .filter(a -> a.equals("cascade") || a.startsWith("set"))
                .isPresent();
    }

    /** The tables some foreign key of the final schema says are deleted from. */
    private static Set<String> deletedFrom(List<SqlFile> files) {
        Set<String> out = new HashSet<>();
        for (Table t : files.get(0).finalSchema().tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (actsOnDelete(fk)) {
                    out.add(fk.referencedTable());
                }
            }
        }
        return out;
    }

    private static ByParent collect(SqlContext context, List<SqlFile> files) {
        Set<String> deleted = deletedFrom(files);
        Map<String, List<Unindexed>> groups = new LinkedHashMap<>();
        for (SqlFile file : files) {
            for (ForeignKeys.Site site : ForeignKeys.of(file)) {
                List<String> columns =
                        site.key().columns().stream().map(Ident::value).toList();
                Optional<Table> unindexed = file.finalTable(site.statement(), site.table())
                        .filter(Table::declared)
                        .filter(t -> t.foreignKeys().stream()
                                .anyMatch(f -> f.columns().equals(columns)))
                        .filter(t -> !t.hasIndexLeadingWith(columns));
                if (unindexed.isEmpty()) {
                    continue;
                }
                Table table = unindexed.get();
                List<ForeignKey> keys = table.foreignKeys().stream()
                        .filter(f -> f.columns().equals(columns))
                        .toList();
                if (keys.stream().allMatch(f -> LookupTables.isLookup(context, f.referencedTable()))
                        || keys.stream().noneMatch(f -> actsOnDelete(f) || deleted.contains(f.referencedTable()))) {
                    continue;
                }
                List<Unindexed> group = groups.computeIfAbsent(keys.get(0).referencedTable(), k -> new ArrayList<>());
                if (group.stream()
                        .noneMatch(u -> u.table().key().equals(table.key())
                                && u.columns().equals(columns))) {
                    group.add(new Unindexed(file, site, table, columns));
                }
            }
        }
        return new ByParent(groups);
    }
}
