package dev.archforge.sql.rules.design;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Table;
import dev.archforge.sql.schema.TableColumn;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table shaped as entity-attribute-value: a reference to an entity ({@code *_id}), a column
 * naming an attribute ({@code key}, {@code name}, {@code attribute}) and a generic value column
 * ({@code value}, {@code value_text}, {@code meta_value}), with at most two other columns besides
 * an id and timestamps. Every attribute then loses its type, its NOT NULL and its constraints,
 * and reading one entity takes a pivot. At {@code info}: per-entity settings and user-defined
 * fields are a deliberate use. Opt-in ({@link Config#OPT_IN}): on real schemas the shape was a
 * deliberate key/value list (metadata shown on invoices), so the rule runs only when the
 * configuration names it ({@code rules: {sql-entity-attribute-value: info}}).
 */
@RuleInfo(
        id = "sql-entity-attribute-value",
        title = "Table stores entity-attribute-value rows",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        tags = Config.OPT_IN,
        howToFix = "Model known attributes as typed columns; keep truly open-ended attributes in one jsonb column "
                + "on the entity.")
public final class EntityAttributeValueRule implements SqlRule {
    private static final Set<String> ATTRIBUTES = Set.of(
            "key",
            "name",
            "attribute",
            "attr",
            "attribute_name",
            "attr_name",
            "attribute_key",
            "property",
            "property_name",
            "prop",
            "field",
            "field_name",
            "meta_key",
            "setting",
            "setting_name",
            "option_name",
            "param",
            "parameter",
            "param_name",
            "parameter_name");
    private static final Set<String> IGNORED = Set.of(
            "id",
            "created_at",
            "updated_at",
            "created",
            "updated",
            "created_on",
            "updated_on",
            "modified_at",
            "value_type",
            "data_type",
            "type");
    private static final int MAX_OTHER_COLUMNS = 2;

    @Override
    public void check(SqlContext context) {
        for (CreateTable create : context.statements(CreateTable.class)) {
            if (create.temporary() || create.partitionOf().isPresent()) {
                continue;
            }
            Optional<Table> table = context.finalTable(create, create.name());
            table.filter(EntityAttributeValueRule::shaped)
                    .ifPresent(t -> context.report(
                            create,
                            create.name().span(),
                            "Table '" + t.name().raw() + "' stores entity-attribute-value rows ("
                                    + String.join(", ", eavColumns(t)) + ")"));
        }
    }

    static boolean shaped(Table table) {
        return eavColumns(table).size() == 3 && others(table) <= MAX_OTHER_COLUMNS;
    }

    /** The entity, attribute and value columns, when the table has all three. */
    private static List<String> eavColumns(Table table) {
        Optional<String> entity =
                names(table).stream().filter(c -> isEntity(table, c)).findFirst();
        Optional<String> attribute =
                names(table).stream().filter(ATTRIBUTES::contains).findFirst();
        Optional<String> value =
                names(table).stream().filter(EntityAttributeValueRule::isValue).findFirst();
        if (entity.isEmpty() || attribute.isEmpty() || value.isEmpty()) {
            return List.of();
        }
        return List.of(entity.get(), attribute.get(), value.get());
    }

    private static int others(Table table) {
        return (int) names(table).stream()
                .filter(c -> !isEntity(table, c) && !ATTRIBUTES.contains(c) && !isValue(c) && !IGNORED.contains(c))
                .count();
    }

    private static List<String> names(Table table) {
        return table.columns().stream().map(TableColumn::name).toList();
    }

    /** A reference to the entity: an {@code *_id} column that is not the table's own key. */
    private static boolean isEntity(Table table, String column) {
        return column.endsWith("_id")
                && table.primaryKey()
                        .filter(k -> k.columns().equals(List.of(column)))
                        .isEmpty();
    }

    private static boolean isValue(String column) {
        return !IGNORED.contains(column) && isValueName(column);
    }

    private static boolean isValueName(String column) {
        return column.equals("value")
                || column.equals("val")
                || column.startsWith("value_")
                || column.endsWith("_value")
                || column.endsWith("_val");
    }
}
