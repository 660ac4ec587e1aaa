package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ADD COLUMN with a volatile default on an existing table: since PostgreSQL 11 a non-volatile
 * default is stored in the catalogue, but a volatile one ({@code random()}, {@code
 * gen_random_uuid()}, {@code clock_timestamp()}, {@code nextval(...)}, a serial type or an
 * identity) is computed per row, so the whole table is rewritten under an ACCESS EXCLUSIVE lock.
 * {@code now()} and {@code current_timestamp} are stable, not volatile, and stay instant.
 */
@RuleInfo(
        id = "sql-volatile-default-rewrites-table",
        title = "Column with a volatile default is added to an existing table",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        howToFix = "Add the column without the default (or with a constant one), SET DEFAULT afterwards for new "
                + "rows, and backfill existing rows in batches.")
public final class VolatileDefaultRewritesTableRule implements SqlRule {
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)(?<![\\w$])(random|random_normal|clock_timestamp|timeofday|gen_random_uuid|gen_random_bytes|uuid_generate_v1"
                    + "|uuid_generate_v1mc|uuid_generate_v4|uuidv4|uuidv7|nextval)\\s*\\(");

    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");

    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.table(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add) {
                    volatileValue(add.column())
                            .ifPresent(what -> context.report(
                                    alter,
                                    action.span(),
                                    "Column '" + add.column().name().raw() + "' is added to existing table '"
                                            + alter.table().raw() + "' with " + what
                                            + ", which rewrites the table"));
                }
            }
        }
    }

    private static Optional<String> volatileValue(Column c) {
        if (c.type().map(DataType::isSerial).orElse(false)) {
            return Optional.of("type " + c.type().get().text() + " (a nextval() default)");
        }
        if (c.identity().isPresent()) {
            return Optional.of("an identity (a nextval() default)");
        }
        return c.defaultValue().flatMap(d -> {
            Matcher m = VOLATILE.matcher(STRING.matcher(d).replaceAll("''"));
            return m.find()
                    ? Optional.of("volatile default " + m.group(1).toLowerCase(Locale.ROOT) + "()")
                    : Optional.empty();
        });
    }
}
