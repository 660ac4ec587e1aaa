package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.OnDelete;
import dev.archforge.design.artifact.sql.ddl.Column;
import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Tenant isolation: a {@code tenants} table, a {@code tenant_id} on every entity table, and a
 * row-level security policy that shows a session only the rows of the tenant it set with
 * {@code SET app.tenant_id}. Without the setting (unset or empty) no row is visible and no row can be
 * written: a forgotten tenant fails closed.
 */
final class Tenancy {
    static final String TABLE = "tenants";
    static final String COLUMN = "tenant_id";
    static final String SETTING = "app.tenant_id";

    private Tenancy() {}

    static Ddl.CreateTable table() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.identity("id", SqlType.BIGINT));
        columns.add(Column.of("name", SqlType.TEXT, true));
        columns.addAll(Audit.columns(false));
        return new Ddl.CreateTable(
                TABLE,
                columns,
                List.of(
                        new TableConstraint.PrimaryKey(TABLE + "_pkey", List.of("id")),
                        new TableConstraint.Check(
                                TABLE + "_name_check",
                                new Expr.Compare(
                                        Expr.call("char_length", Expr.column("name")), "<=", Expr.number(200)))));
    }

    static Column column() {
        return Column.of(COLUMN, SqlType.BIGINT, true);
    }

    static TableConstraint.ForeignKey foreignKey(String table) {
        return new TableConstraint.ForeignKey(
                Identifiers.derived(table + "_" + COLUMN, "fkey"),
                List.of(COLUMN),
                TABLE,
                List.of("id"),
                OnDelete.CASCADE);
    }

    /** Enables and forces row-level security on {@code table} with the tenant policy. */
    static List<Ddl> policy(String table) {
        return List.of(new Ddl.EnableRowLevelSecurity(table), createPolicy(table));
    }

    /** The policy: a row is visible and writable only in the session of its tenant. */
    static Ddl.CreatePolicy createPolicy(String table) {
        Expr sameTenant = new Expr.Compare(
                Expr.column(COLUMN),
                "=",
                new Expr.Cast(
                        Expr.call(
                                "nullif",
                                Expr.call("current_setting", Expr.text(SETTING), new Expr.Bool(true)),
                                Expr.text("")),
                        SqlType.BIGINT));
        return new Ddl.CreatePolicy(Identifiers.derived(table, "tenant_isolation"), table, sameTenant, sameTenant);
    }
}
