package dev.archforge.sql.rules.design;

import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlFile;
import java.util.ArrayList;
import java.util.List;

/** Every foreign key this file declares, inline or on the table, in CREATE TABLE or ALTER TABLE. */
final class ForeignKeys {
    private ForeignKeys() {}

    /** A foreign key and where it is declared. */
    record Site(Statement statement, QualifiedName table, TableConstraint.ForeignKey key) {}

    static List<Site> of(SqlContext context) {
        return of(context.file());
    }

    static List<Site> of(SqlFile file) {
        List<Site> out = new ArrayList<>();
        for (Statement s : file.statements()) {
            if (s instanceof CreateTable t) {
                for (Column c : t.columns()) {
                    c.constraints().forEach(k -> add(out, s, t.name(), k));
                }
                t.constraints().forEach(k -> add(out, s, t.name(), k));
            } else if (s instanceof AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddConstraint add) {
                        add(out, s, a.table(), add.constraint());
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<Site> out, Statement s, QualifiedName table, TableConstraint constraint) {
        if (constraint instanceof TableConstraint.ForeignKey fk) {
            out.add(new Site(s, table, fk));
        }
    }
}
