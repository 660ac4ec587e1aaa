package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.sql.ddl.Column;
import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Ddl.IndexKey;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log the audit feature asks for: who changed which record how and when, written in the
 * same transaction as the change, and never changed or removed by a statement (a trigger rejects
 * UPDATE and DELETE). The actor is kept as an id without a foreign key, so the log outlives the
 * accounts it names; expiry after the retention period runs as the table owner with the trigger
 * disabled.
 */
final class AuditLog {
    static final String TABLE = "audit_log";

    private AuditLog() {}

    static List<Ddl> build(List<String> entities, List<String> roles, boolean tenants) {
        List<Column> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        columns.add(Column.identity("id", SqlType.BIGINT));
        if (tenants) {
            columns.add(Tenancy.column());
        }
        columns.add(Column.of("actor_id", SqlType.BIGINT, false));
        columns.add(Column.of("actor_role", SqlType.TEXT, true));
        columns.add(Column.of("action", SqlType.TEXT, true));
        columns.add(Column.of("entity_type", SqlType.TEXT, true));
        columns.add(Column.of("entity_id", SqlType.BIGINT, true));
        columns.add(Column.of("changes", SqlType.JSONB, true).withDefault(new Expr.TypedLiteral(SqlType.JSONB, "{}")));
        columns.add(Column.of("occurred_at", SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        constraints.add(new TableConstraint.PrimaryKey(TABLE + "_pkey", List.of("id")));
        if (tenants) {
            constraints.add(Tenancy.foreignKey(TABLE));
        }
        List<String> actors = new ArrayList<>(roles);
        actors.add("system");
        constraints.add(SupportColumns.oneOf(TABLE, "actor_role", actors));
        constraints.add(SupportColumns.oneOf(TABLE, "action", List.of("create", "update", "delete")));
        constraints.add(SupportColumns.oneOf(TABLE, "entity_type", entities));
        List<IndexKey> byRecord = new ArrayList<>();
        if (tenants) {
            byRecord.add(IndexKey.column(Tenancy.COLUMN));
        }
        byRecord.add(IndexKey.column("entity_type"));
        byRecord.add(IndexKey.column("entity_id"));
        byRecord.add(IndexKey.column("occurred_at"));
        List<Ddl> out = new ArrayList<>();
        out.add(new Ddl.CreateTable(TABLE, columns, constraints));
        out.add(new Ddl.CreateIndex(
                TABLE + "_" + (tenants ? "tenant_id_" : "") + "entity_type_entity_id_occurred_at_idx",
                TABLE,
                byRecord,
                false,
                Optional.empty()));
        out.add(new Ddl.Comment(
                TABLE,
                Optional.empty(),
                "Append-only audit log: one row per create, update or delete, written in the change's"
                        + " transaction. UPDATE and DELETE are rejected; actor_id has no foreign key, so erasing an"
                        + " account keeps the record that it acted."));
        out.add(AppendOnlyTables.rejectUpdateAndDelete(TABLE));
        if (tenants) {
            out.addAll(Tenancy.policy(TABLE));
        }
        return out;
    }
}
