package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.ColumnSites;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Table;
import dev.archforge.sql.schema.TableColumn;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A text or varchar column named {@code status}, {@code state} or {@code *_status}
 * that no CHECK constraint or foreign key of the final table restricts: any typo ({@code 'actve'})
 * is stored and matches no query. Enum and domain types are left out (they are not text), and so
 * is {@code state} on a table with address columns, where it is a region. Plain {@code type} is
 * left out: on the corpus it mostly held open vocabularies (Rails class names, event types), and
 * so is {@code kind} (a discriminator, often of an open set). A varchar longer than
 * {@value #LONGEST_CODE} characters holds free text, not a code.
 */
@RuleInfo(
        id = "sql-status-without-constraint",
        title = "Status column accepts any text",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Restrict the values: a CHECK (status IN ('pending', 'active', ...)), an enum type, or a "
                + "foreign key to a lookup table.")
public final class StatusWithoutConstraintRule implements SqlRule {
    private static final Set<String> NAMES = Set.of("status", "state");
    /** A varchar longer than this holds free text (a user's status message), not a code. */
    private static final int LONGEST_CODE = 64;

    private static final Set<String> ADDRESS =
            Set.of("city", "country", "country_code", "zip", "zip_code", "postal_code", "postcode", "address");

    @Override
    public void check(SqlContext context) {
        for (ColumnSite site : ColumnSites.of(context)) {
            String column = site.column().toLowerCase(Locale.ROOT);
            if (!DesignNames.isText(site.type())
                    || !(NAMES.contains(column) || column.endsWith("_status"))
                    || freeText(site)) {
                continue;
            }
            boolean stillText = site.finalColumn()
                    .flatMap(TableColumn::type)
                    .filter(DesignNames::isText)
                    .isPresent();
            Optional<Table> table = context.finalTable(site.statement(), site.table());
            if (stillText && table.isPresent() && !restricted(table.get(), site.column())) {
                context.report(
                        site.statement(),
                        site.span(),
                        "Column '" + site.column() + "' of '" + site.table().raw() + "' is "
                                + site.type().text() + " with no CHECK constraint on its values");
            }
        }
    }

    private static boolean freeText(ColumnSite site) {
        String length = VarcharLengthArbitraryRule.length(site.type().text());
        return !length.isEmpty()
                && length.chars().allMatch(Character::isDigit)
                && Integer.parseInt(length) > LONGEST_CODE;
    }

    private static boolean restricted(Table table, String column) {
        if (table.checks().stream().anyMatch(c -> DesignNames.mentions(c.expression(), column))) {
            return true;
        }
        if (table.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))) {
            return true;
        }
        return column.equals("state")
                && table.columns().stream()
                        .anyMatch(c -> ADDRESS.contains(c.name()) || c.name().startsWith("address"));
    }
}
