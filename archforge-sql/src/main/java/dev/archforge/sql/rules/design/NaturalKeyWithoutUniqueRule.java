package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Table;
import dev.archforge.sql.schema.TableColumn;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column named like a natural key ({@code slug}, {@code sku}, {@code isbn}, {@code handle};
 * {@code email} on a table of accounts (not on a table of e-mail addresses, where several
 * accounts may list one contact address); {@code username} and {@code login}
 * on a table of people) that no primary key, unique constraint or unique index of the final
 * table includes: two rows can then claim the same address or URL. A key over the column and
 * other columns ({@code (tenant_id, slug)}, {@code (name, email)}) counts, as a deliberate
 * choice of scope. History, log, audit, event and archive tables are left out
 * (they repeat keys on purpose), and so are columns of a foreign key. An {@code external_id}
 * is not taken for a key: another system's id repeats across integrations and across a
 * customer's successive records.
 */
@RuleInfo(
        id = "sql-natural-key-without-unique",
        title = "Natural key column is not unique",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Add a unique constraint or unique index on the column, or on (tenant_id, column) when it is "
                + "unique per tenant.")
public final class NaturalKeyWithoutUniqueRule implements SqlRule {
    private static final Set<String> KEYS = Set.of("slug", "sku", "isbn", "handle");
    private static final Set<String> LOGIN_KEYS = Set.of("username", "user_name", "login");
    private static final Set<String> EMAIL_KEYS = Set.of("email", "email_address");
    /** Tables whose rows sign in: their e-mail address identifies the row. */
    private static final Set<String> ACCOUNT_TABLES = Set.of(
            "user",
            "account",
            "member",
            "admin",
            "administrator",
            "principal",
            "identity",
            "identitie",
            "login",
            "operator");
    /** Tables of people, whose login names identify the row. */
    private static final Set<String> PERSON_TABLES = Set.of(
            "user",
            "account",
            "member",
            "admin",
            "administrator",
            "principal",
            "identity",
            "identitie",
            "login",
            "operator",
            "customer",
            "person",
            "people",
            "profile",
            "employee",
            "staff",
            "author",
            "subscriber");

    private static final Set<String> SKIPPED_TABLES = Set.of(
            "history",
            "histories",
            "log",
            "logs",
            "audit",
            "audits",
            "event",
            "events",
            "archive",
            "archives",
            "archived",
            "version",
            "versions",
            "snapshot",
            "snapshots",
            "backup",
            "backups",
            "change",
            "changes",
            "import",
            "imports",
            "staging",
            "tmp",
            "temp",
            "deleted",
            "old");
    private static final Set<String> NOT_KEY_TYPES =
            Set.of("boolean", "date", "timestamp without time zone", "timestamp with time zone", "json", "jsonb");

    @Override
    public void check(SqlContext context) {
        for (NamedSites.Site site : NamedSites.of(context)) {
            if (site.isTable()) {
                continue;
            }
            String column = site.name().value();
            if (!KEYS.contains(column) && !LOGIN_KEYS.contains(column) && !EMAIL_KEYS.contains(column)) {
                continue;
            }
            Optional<Table> table = context.finalTable(site.statement(), site.table())
                    .filter(t -> t.declared()
                            && !t.temporary()
                            && !t.partitioned()
                            && t.partitionOf().isEmpty());
            if (table.isEmpty() || !candidate(table.get(), column)) {
                continue;
            }
            context.report(
                    site.statement(),
                    site.span(),
                    "Column '" + column + "' of '" + table.get().name().raw()
                            + "' looks like a natural key but no unique constraint or index covers it");
        }
    }

    private static boolean candidate(Table table, String column) {
        List<String> tableWords = DesignNames.words(table.name().name());
        if (tableWords.stream().anyMatch(SKIPPED_TABLES::contains)) {
            return false;
        }
        String kind = singular(lastWord(tableWords));
        if ((EMAIL_KEYS.contains(column) && !ACCOUNT_TABLES.contains(kind))
                || (LOGIN_KEYS.contains(column) && !PERSON_TABLES.contains(kind))) {
            return false;
        }
        boolean keyType = table.column(column)
                .flatMap(TableColumn::type)
                .map(DataType::name)
                .filter(t -> !NOT_KEY_TYPES.contains(t))
                .isPresent();
        if (!keyType || table.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))) {
            return false;
        }
        return DesignNames.uniqueColumnSets(table).stream().noneMatch(set -> set.contains(column));
    }

    private static String lastWord(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (!words.get(i).isEmpty()) {
                return words.get(i);
            }
        }
        return "";
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
