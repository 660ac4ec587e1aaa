package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Schema;
import dev.archforge.sql.schema.Table;
import dev.archforge.sql.schema.TableColumn;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Table and column names in another case style than the one the final schema mostly uses:
 * {@code createdAt} among {@code created_at} names, or the reverse. Single lower-case words
 * ({@code id}, {@code name}) fit both styles. A style dominates when it has at least ten names
 * and four times as many as the other. Reported once per table and statement, listing the
 * offending names, at the CREATE TABLE or at the first offending ALTER TABLE action.
 */
@RuleInfo(
        id = "sql-naming-inconsistent",
        title = "Names mix snake_case and camelCase",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Rename the offending tables and columns to the schema's style (snake_case in PostgreSQL, "
                + "where unquoted names fold to lower case).")
public final class NamingInconsistentRule implements SqlRule {
    private static final int MIN_DOMINANT = 10;
    private static final int RATIO = 4;

    /** A case style of a name. */
    enum Style {
        SNAKE("snake_case"),
        CAMEL("camelCase"),
        NEUTRAL("");

        final String label;

        Style(String label) {
            this.label = label;
        }
    }

    @Override
    public void check(SqlContext context) {
        Optional<Style> dominant = context.file()
                .derivedFromFinalSchema(Dominant.class, schema -> new Dominant(dominant(schema)))
                .style();
        if (dominant.isEmpty()) {
            return;
        }
        Style other = dominant.get() == Style.SNAKE ? Style.CAMEL : Style.SNAKE;
        IdentityHashMap<Statement, Map<String, List<NamedSites.Site>>> offenders = new IdentityHashMap<>();
        List<Statement> order = new ArrayList<>();
        for (NamedSites.Site site : NamedSites.of(context)) {
            if (style(site.name().value()) != other) {
                continue;
            }
            if (!offenders.containsKey(site.statement())) {
                order.add(site.statement());
            }
            offenders
                    .computeIfAbsent(site.statement(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(site.table().key(), t -> new ArrayList<>())
                    .add(site);
        }
        for (Statement s : order) {
            for (List<NamedSites.Site> sites :
                    Objects.requireNonNull(offenders.get(s)).values()) {
                NamedSites.Site first = sites.get(0);
                List<String> names = sites.stream().map(x -> x.name().value()).toList();
                context.report(
                        s,
                        s instanceof CreateTable ? s.span() : first.span(),
                        "Table '" + first.table().name() + "' uses " + other.label + " names while the schema uses "
                                + dominant.get().label + ": " + String.join(", ", names));
            }
        }
    }

    /** The dominant style of the final schema, computed once per review set. */
    private record Dominant(Optional<Style> style) {}

    private static Optional<Style> dominant(Schema schema) {
        int snake = 0;
        int camel = 0;
        for (Table table : schema.tablesByKey().values()) {
            List<String> names = new ArrayList<>();
            names.add(table.name().name());
            table.columns().stream().map(TableColumn::name).forEach(names::add);
            for (String name : names) {
                Style style = style(name);
                if (style == Style.SNAKE) {
                    snake++;
                } else if (style == Style.CAMEL) {
                    camel++;
                }
            }
        }
        if (snake >= MIN_DOMINANT && snake >= RATIO * camel && camel > 0) {
            return Optional.of(Style.SNAKE);
        }
        if (camel >= MIN_DOMINANT && camel >= RATIO * snake && snake > 0) {
            return Optional.of(Style.CAMEL);
        }
        return Optional.empty();
    }

    static Style style(String name) {
        boolean upper = !name.equals(name.toLowerCase(Locale.ROOT));
        boolean lower = !name.equals(name.toUpperCase(Locale.ROOT));
        if (name.contains("_")) {
            return upper ? Style.NEUTRAL : Style.SNAKE;
        }
        return upper && lower ? Style.CAMEL : Style.NEUTRAL;
    }
}
