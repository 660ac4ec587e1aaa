package dev.archforge.sql.rules;

import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The generic helper for column-type rules: every place this file types a column, with the
 * column as the review leaves it. A rule over column types is then a filter and a message:
 * <pre>{@code
 * for (ColumnSite site : ColumnSites.of(context)) {
 *     if (site.finallyHasType("money")) context.report(site.statement(), site.span(), "...");
 * }
 * }</pre>
 */
public final class ColumnSites {
    private ColumnSites() {}

    /** The sites of the context's file, worked out once per file whichever rule asks first. */
    public static List<ColumnSite> of(SqlContext context) {
        return of(context.file());
    }

    /** The sites of one file, worked out once per file. */
    public static List<ColumnSite> of(SqlFile file) {
        return file.derived(Sites.class, Sites::of).all();
    }

    private record Sites(List<ColumnSite> all) {
        static Sites of(SqlFile file) {
            return new Sites(List.copyOf(collect(file)));
        }
    }

    private static List<ColumnSite> collect(SqlFile context) {
        List<ColumnSite> out = new ArrayList<>();
        for (Statement s : context.statements()) {
            if (s instanceof CreateTable t) {
                for (Column c : t.columns()) {
                    c.type()
                            .ifPresent(type -> out.add(site(
                                    context,
                                    s,
                                    t.name(),
                                    c.name().value(),
                                    type,
                                    c.span(),
                                    c.identity().isPresent())));
                }
            } else if (s instanceof AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddColumn add
                            && add.column().type().isPresent()) {
                        Column c = add.column();
                        out.add(site(
                                context,
                                s,
                                a.table(),
                                c.name().value(),
                                c.type().get(),
                                action.span(),
                                c.identity().isPresent()));
                    } else if (action instanceof AlterAction.AlterColumnType change) {
                        out.add(site(
                                context, s, a.table(), change.column().value(), change.type(), action.span(), false));
                    }
                }
            }
        }
        return out;
    }

    private static ColumnSite site(
            SqlFile context,
            Statement s,
            QualifiedName table,
            String column,
            DataType type,
            Span span,
            boolean identity) {
        var finalColumn = context.finalTable(s, table).flatMap((Table t) -> t.column(column));
        return new ColumnSite(s, span, table, column, type, finalColumn, identity);
    }
}
