package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.rules.Conventions;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlFile;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Index;
import dev.archforge.sql.schema.Table;
import dev.archforge.sql.schema.TableColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table the review ends with that has no primary key, reported at its CREATE TABLE. A key added
 * later (pg_dump's ALTER TABLE ... ADD CONSTRAINT, a later migration) counts. Temporary tables and
 * partitions (whose key is the partitioned table's) are left out, and so are tables with a unique
 * constraint or index over NOT NULL columns: a key in all but name. Keyless tables are a practice
 * of the project: {@value Conventions#GROUP_FROM} or more in one review set are one finding at
 * the first, naming the count and the first few. Logs, queues, staging and template tables (by
 * name) are left out: their rows are appended and consumed, never addressed one by one.
 * At {@code info}: keyless tables on real schemas are often deliberate (derived tables, streams),
 * and the schema rarely says which.
 */
@RuleInfo(
        id = "sql-table-without-primary-key",
        title = "Table has no primary key",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Add a primary key: an identity column (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY) or "
                + "the natural key's columns.")
public final class TableWithoutPrimaryKeyRule implements SqlRule {
    /**
     * A unique constraint, or a unique index without WHERE on plain columns, whose columns are all
     * NOT NULL: it identifies every row as a primary key would (and can become the replica identity).
     */
    static boolean hasKeyInAllButName(Table table) {
        List<List<String>> candidates = new ArrayList<>();
        table.uniqueKeys().forEach(k -> candidates.add(k.columns()));
        for (Index index : table.indexes()) {
            if (index.unique()
                    && index.where().isEmpty()
                    && index.elements().stream().allMatch(e -> e.column().isPresent())) {
                candidates.add(index.elements().stream()
                        .map(e -> e.column().get().value())
                        .toList());
            }
        }
        return candidates.stream()
                .anyMatch(columns -> !columns.isEmpty()
                        && columns.stream().allMatch(c -> table.column(c)
                                .map(TableColumn::notNull)
                                .orElse(false)));
    }

    private static final int LISTED = 5;
    /** Logs, queues, staging and template tables: rows are appended and consumed, never addressed. */
    private static final Pattern APPEND_ONLY =
            Pattern.compile("template_.*|.*_(log|logs|queue|staging|pending_update|pending_updates|template)");

    /** A keyless table and the CREATE TABLE that made it. */
    private record Keyless(SqlFile file, CreateTable create, Table table) {}

    private record All(List<Keyless> tables) {}

    @Override
    public void check(SqlContext context) {
        List<Keyless> all = context.file()
                .derivedFromReviewSet(TableWithoutPrimaryKeyRule.class, All.class, TableWithoutPrimaryKeyRule::collect)
                .tables();
        if (all.size() >= Conventions.GROUP_FROM) {
            Keyless first = all.get(0);
            if (first.file() == context.file()) {
                List<String> names = all.subList(0, Math.min(LISTED, all.size())).stream()
                        .map(k -> "'" + k.table().name().raw() + "'")
                        .toList();
                context.report(
                        first.create(),
                        all.size() + " tables have no primary key and no unique key over NOT NULL columns: "
                                + String.join(", ", names)
                                + (all.size() > LISTED ? " and " + (all.size() - LISTED) + " more" : ""));
            }
            return;
        }
        for (Keyless k : all) {
            if (k.file() == context.file()) {
                context.report(k.create(), "Table '" + k.table().name().raw() + "' has no primary key");
            }
        }
    }

    private static All collect(List<SqlFile> files) {
        List<Keyless> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SqlFile file : files) {
            for (Statement s : file.statements()) {
                if (!(s instanceof CreateTable create)
                        || create.temporary()
                        || create.partitionOf().isPresent()) {
                    continue;
                }
                file.finalTable(create, create.name())
                        .filter(t -> t.primaryKey().isEmpty() && t.partitionOf().isEmpty())
                        .filter(t -> !hasKeyInAllButName(t))
                        .filter(t -> !APPEND_ONLY
                                .matcher(t.name().name().toLowerCase(Locale.ROOT))
                                .matches())
                        .filter(t -> seen.add(t.key()))
                        .ifPresent(t -> out.add(new Keyless(file, create, t)));
            }
        }
        return new All(List.copyOf(out));
    }
}
