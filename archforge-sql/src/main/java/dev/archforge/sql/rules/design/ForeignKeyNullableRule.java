package dev.archforge.sql.rules.design;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A single-column foreign key whose column stays nullable in the final schema although its name
 * says the row cannot exist without the parent: a tenant column ({@code tenant_id},
 * {@code organization_id}), the parent a table is named after ({@code order_id} of
 * {@code order_items}), or an owner column ({@code user_id}) of a table of memberships, sessions
 * or tokens, as the final schema names the table. Keys with {@code ON DELETE SET NULL} are left out: they make the null on purpose.
 * Opt-in ({@link Config#OPT_IN}): on real schemas most such keys were optional by design, so
 * the rule runs only when the configuration names it ({@code rules: {sql-foreign-key-nullable: info}}).
 */
@RuleInfo(
        id = "sql-foreign-key-nullable",
        title = "Foreign key column that names a required parent is nullable",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        tags = Config.OPT_IN,
        howToFix = "Declare the column NOT NULL (on an existing table: add CHECK (col IS NOT NULL) NOT VALID, "
                + "VALIDATE it, then SET NOT NULL).",
        options = {
            @RuleInfo.Option(
                    name = "columns",
                    defaultValue = "tenant_id,organization_id,organisation_id,workspace_id",
                    description = "Columns that are required on any table that has them as a foreign key."),
            @RuleInfo.Option(
                    name = "owners",
                    defaultValue = "owner_id,user_id,account_id",
                    description = "Columns that are required on the tables named by the option tables."),
            @RuleInfo.Option(
                    name = "tables",
                    defaultValue = "membership,member,session,subscription,token,invitation",
                    description = "Words that, as the last word of a table's name (singular or plural), mark a "
                            + "table whose rows belong to an owner.")
        })
public final class ForeignKeyNullableRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        List<String> required = context.options().list("columns");
        List<String> owners = context.options().list("owners");
        List<String> tables = context.options().list("tables");
        for (ForeignKeys.Site site : ForeignKeys.of(context)) {
            TableConstraint.ForeignKey fk = site.key();
            if (fk.columns().size() != 1
                    || fk.references().onDelete().map("set null"::equals).orElse(false)) {
                continue;
            }
            String column = fk.columns().get(0).value();
            Optional<Table> table = context.finalTable(site.statement(), site.table())
                    .filter(Table::declared)
                    .filter(t -> t.column(column).map(c -> !c.notNull()).orElse(false));
            table.filter(t -> required.contains(column)
                            || namesParent(t.name().name(), column)
                            || (owners.contains(column) && ownedTable(t.name().name(), tables)))
                    .ifPresent(t -> context.report(
                            site.statement(),
                            fk.span(),
                            "Foreign key column '" + column + "' of '"
                                    + t.name().raw() + "' is nullable"));
        }
    }

    /** {@code order_items} and {@code order_id}: the table is named after the parent. */
    static boolean namesParent(String table, String column) {
        if (!column.endsWith("_id")) {
            return false;
        }
        String parent = column.substring(0, column.length() - 3);
        String t = table.toLowerCase(Locale.ROOT);
        return !parent.isEmpty()
                && (t.startsWith(parent + "_") || t.startsWith(parent + "s_") || t.startsWith(parent + "es_"));
    }

    static boolean ownedTable(String table, List<String> words) {
        String[] parts = table.toLowerCase(Locale.ROOT).split("_");
        String last = parts[parts.length - 1];
        String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        return words.contains(last) || words.contains(singular);
    }
}
