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
 * The idempotency keys of the creates the consistency decision covers and of the requests that move
 * money ({@code artifact.domain.Idempotency}): the first request with a key
 * stores it with a hash of its body before doing the work and its response after, in the same
 * transaction; a retry with the same key gets the stored response, a concurrent one (no response
 * yet) a 409, one with another body a 422. Keys are scoped to the caller and kept 24 hours.
 */
final class IdempotencyKeys {
    static final String TABLE = "idempotency_keys";

    private IdempotencyKeys() {}

    static List<Ddl> build(boolean tenants) {
        List<Column> columns = new ArrayList<>();
        List<String> key = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        if (tenants) {
            columns.add(Tenancy.column());
            key.add(Tenancy.COLUMN);
        }
        columns.add(Column.of("caller", SqlType.TEXT, true));
        columns.add(Column.of("idempotency_key", SqlType.TEXT, true));
        columns.add(Column.of("request_hash", SqlType.BYTEA, true));
        columns.add(Column.of("response_status", SqlType.INTEGER, false));
        columns.add(Column.of("response_body", SqlType.JSONB, false));
        columns.add(Column.of("created_at", SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        columns.add(Column.of("expires_at", SqlType.TIMESTAMPTZ, true).withDefault(SupportColumns.nowPlus("24 hours")));
        key.add("caller");
        key.add("idempotency_key");
        constraints.add(new TableConstraint.PrimaryKey(TABLE + "_pkey", key));
        if (tenants) {
            constraints.add(Tenancy.foreignKey(TABLE));
        }
        constraints.add(SupportColumns.maxLength(TABLE, "caller", 255));
        constraints.add(SupportColumns.maxLength(TABLE, "idempotency_key", 255));
        constraints.add(SupportColumns.sha256(TABLE, "request_hash"));
        constraints.add(new TableConstraint.Check(
                TABLE + "_response_status_check",
                new Expr.And(List.of(
                        new Expr.Compare(Expr.column("response_status"), ">=", Expr.number(100)),
                        new Expr.Compare(Expr.column("response_status"), "<=", Expr.number(599))))));
        constraints.add(SupportColumns.after(TABLE, "expires_at", "created_at"));
        List<Ddl> out = new ArrayList<>();
        out.add(new Ddl.CreateTable(TABLE, columns, constraints));
        out.add(new Ddl.CreateIndex(
                TABLE + "_expires_at_idx", TABLE, List.of(IndexKey.column("expires_at")), false, Optional.empty()));
        out.add(new Ddl.Comment(
                TABLE,
                Optional.empty(),
                "Idempotency-Key of the POST requests that take one: the first response, replayed to a retry"
                        + " with the same key for 24 hours (expired rows deleted hourly)."));
        if (tenants) {
            out.addAll(Tenancy.policy(TABLE));
        }
        return out;
    }
}
