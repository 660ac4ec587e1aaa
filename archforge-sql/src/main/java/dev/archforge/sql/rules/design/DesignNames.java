package dev.archforge.sql.rules.design;

import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.schema.Index;
import dev.archforge.sql.schema.Key;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Name and type tests shared by the naming and key rules of this package. */
final class DesignNames {
    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying", "varchar", "character", "bpchar");

    private DesignNames() {}

    /** A character type whose comparisons are case-sensitive: text, varchar, char (not citext). */
    static boolean isText(DataType type) {
        return !type.isArray() && TEXT_TYPES.contains(type.name());
    }

    /** The words of a name split at {@code _}, in lower case. */
    static List<String> words(String name) {
        return List.of(name.toLowerCase(Locale.ROOT).split("_"));
    }

    /** True when {@code expression} refers to {@code column}, quoted or not. */
    static boolean mentions(String expression, String column) {
        return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(column) + "\"?(?![\\w$])", Pattern.CASE_INSENSITIVE)
                .matcher(expression)
                .find();
    }

    /** True for a column named like an e-mail address: email, email_address, contact_email. */
    static boolean isEmail(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        return c.equals("email")
                || c.equals("email_address")
                || c.equals("emailaddress")
                || c.endsWith("_email")
                || c.endsWith("_email_address");
    }

    /**
     * Columns that scope a key to a tenant, a parent or a namespace: {@code tenant_id},
     * {@code project_id}, {@code auth_provider}, {@code item_type}.
     */
    static boolean isScope(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        return c.endsWith("_id")
                || c.endsWith("_type")
                || c.endsWith("provider")
                || Set.of(
                                "type",
                                "kind",
                                "tenant",
                                "account",
                                "organization",
                                "organisation",
                                "namespace",
                                "scope",
                                "domain",
                                "provider",
                                "source",
                                "realm",
                                "locale",
                                "language",
                                "site",
                                "instance")
                        .contains(c);
    }

    /**
     * The column sets the table's primary key, unique constraints and unique indexes (partial
     * ones too) enforce; an expression key counts with the columns it mentions.
     */
    static List<List<String>> uniqueColumnSets(Table table) {
        List<List<String>> out = new ArrayList<>();
        table.primaryKey().map(Key::columns).ifPresent(out::add);
        table.uniqueKeys().forEach(k -> out.add(k.columns()));
        for (Index index : table.indexes()) {
            if (!index.unique()) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (var element : index.elements()) {
                if (element.column().isPresent()) {
                    columns.add(element.column().get().value());
                } else {
                    table.columns().stream()
                            .map(c -> c.name())
                            .filter(c -> mentions(element.text(), c))
                            .forEach(columns::add);
                }
            }
            out.add(columns);
        }
        return out;
    }
}
