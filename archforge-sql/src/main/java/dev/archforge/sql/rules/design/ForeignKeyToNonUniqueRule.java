package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.rules.ReviewMode;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Index;
import dev.archforge.sql.schema.Key;
import dev.archforge.sql.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A foreign key whose referenced columns are not exactly the columns (in any order) of the
 * referenced table's primary key, a unique constraint or a complete unique index on plain
 * columns, neither right after the key is declared nor at the end of the review; or one that
 * names no columns while the referenced table has no primary key. PostgreSQL rejects both. Tables
 * the files never create, and partitions (whose keys come from their parent), are left out, since
 * their keys are unknown here; so, in migration mode, are tables created by an earlier migration.
 */
@RuleInfo(
        id = "sql-foreign-key-to-non-unique",
        title = "Foreign key references columns without a unique constraint",
        severity = Severity.ERROR,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Reference the primary key, or add a primary key or unique constraint on exactly the referenced "
                + "columns before the foreign key.")
public final class ForeignKeyToNonUniqueRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (ForeignKeys.Site site : ForeignKeys.of(context)) {
            QualifiedName parentName = site.key().references().table();
            List<String> columns =
                    site.key().references().columns().stream().map(Ident::value).toList();
            Optional<Table> after = context.schemaAfter(site.statement()).table(parentName);
            Optional<Table> atEnd = context.finalTable(site.statement(), parentName);
            if (after.filter(Table::declared).isEmpty()
                    || atEnd.filter(Table::declared).isEmpty()
                    || createdByEarlierMigration(context, after.get())
                    || referenceable(after.get(), columns)
                    || referenceable(atEnd.get(), columns)) {
                continue;
            }
            String child = "Foreign key "
                    + site.key().name().map(n -> "'" + n.raw() + "' ").orElse("") + "on '"
                    + site.table().raw() + "'";
            String message = columns.isEmpty()
                    ? child + " references '" + parentName.raw() + "', which has no primary key"
                    : child + " references '" + parentName.raw() + "' (" + String.join(", ", columns)
                            + "), which has no primary key or unique constraint on those columns";
            context.report(site.statement(), site.key().span(), message);
        }
    }

    /**
     * In a migration history, a table an earlier file created may have got its key from a script
     * the history does not hold (a psql include, a one-off setup): a history that was applied
     * cannot hold this error across files, so only keys of tables created in this file are judged.
     */
    private static boolean createdByEarlierMigration(SqlContext context, Table parent) {
        return context.mode() == ReviewMode.MIGRATION
                && !parent.origin().file().equals(context.file().name());
    }

    static boolean referenceable(Table parent, List<String> columns) {
        if (parent.partitionOf().isPresent()) {
            return true;
        }
        if (columns.isEmpty()) {
            return parent.primaryKey().isPresent();
        }
        Set<String> wanted = new HashSet<>(columns);
        for (Key key : IndexShapes.keys(parent)) {
            if (key.columns().size() == wanted.size() && wanted.equals(new HashSet<>(key.columns()))) {
                return true;
            }
        }
        for (Index index : parent.indexes()) {
            List<String> plain = index.leadingColumns();
            if (index.unique()
                    && !index.partial()
                    && plain.size() == index.elements().size()
                    && plain.size() == wanted.size()
                    && wanted.equals(new HashSet<>(plain))) {
                return true;
            }
        }
        return false;
    }
}
