package dev.archforge.sql.rules.design;

import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every place a file names a table or a column: CREATE TABLE (the table and its columns), ADD
 * COLUMN, RENAME COLUMN ... TO and RENAME TO. A site counts only while the name survives into
 * the final schema, so a name fixed by a later rename is not reported.
 */
final class NamedSites {
    /**
     * One named table or column.
     *
     * @param table the table's name in the statement
     * @param column empty when the site names the table itself
     * @param name the name given
     */
    record Site(Statement statement, Span span, QualifiedName table, Optional<String> column, Ident name) {
        boolean isTable() {
            return column.isEmpty();
        }

        /** How a message names the site: {@code Table 'users'} or {@code Column 'name' of 'users'}. */
        String describe() {
            return describe("'" + name.value() + "'");
        }

        /** The same with the name shown as given: {@code Column "UserName" of 'users'}. */
        String describe(String shownName) {
            return column.isEmpty() ? "Table " + shownName : "Column " + shownName + " of '" + table.raw() + "'";
        }
    }

    private NamedSites() {}

    static List<Site> of(SqlContext context) {
        List<Site> out = new ArrayList<>();
        for (Statement s : context.statements()) {
            if (s instanceof CreateTable t) {
                if (t.temporary()) {
                    continue;
                }
                Ident tableName = t.name().parts().get(t.name().parts().size() - 1);
                add(context, out, new Site(s, t.name().span(), t.name(), Optional.empty(), tableName));
                for (Column c : t.columns()) {
                    add(
                            context,
                            out,
                            new Site(s, c.span(), t.name(), Optional.of(c.name().value()), c.name()));
                }
            } else if (s instanceof AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddColumn add) {
                        Ident name = add.column().name();
                        add(context, out, new Site(s, action.span(), a.table(), Optional.of(name.value()), name));
                    } else if (action instanceof AlterAction.RenameColumn rename) {
                        Ident name = rename.to();
                        add(context, out, new Site(s, action.span(), a.table(), Optional.of(name.value()), name));
                    } else if (action instanceof AlterAction.RenameTable rename) {
                        QualifiedName renamed = a.table().withName(rename.to());
                        add(context, out, new Site(s, action.span(), renamed, Optional.empty(), rename.to()));
                    }
                }
            }
        }
        return out;
    }

    private static void add(SqlContext context, List<Site> out, Site site) {
        if (survives(context, site)) {
            out.add(site);
        }
    }

    private static boolean survives(SqlContext context, Site site) {
        QualifiedName tableName = site.isTable() ? site.table().withName(site.name()) : site.table();
        Optional<Table> table = context.finalTable(site.statement(), tableName);
        if (table.isEmpty()) {
            return false;
        }
        if (site.isTable()) {
            return table.get().name().name().equals(site.name().value());
        }
        return table.get().column(site.name().value()).isPresent();
    }
}
