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
 * The API keys of machine actors (devices, partner systems), as the authentication decision says:
 * stored as SHA-256 digests (the key itself is shown once), with a short prefix to recognise a key
 * in logs and UIs, the role it acts as, and a 90-day expiry; two keys of one client may be valid at
 * once, so rotation needs no downtime. Under tenant isolation a key belongs to a tenant, but the
 * table is read to learn that tenant, so it has no row-level security policy.
 */
final class ApiKeys {
    static final String TABLE = "api_keys";
    static final int PREFIX_LENGTH = 8;

    private ApiKeys() {}

    static List<Ddl> build(List<String> machineRoles, boolean tenants) {
        List<Column> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        columns.add(Column.identity("id", SqlType.BIGINT));
        if (tenants) {
            columns.add(Tenancy.column());
        }
        columns.add(Column.of("role", SqlType.TEXT, true));
        columns.add(Column.of("name", SqlType.TEXT, true));
        columns.add(Column.of("key_prefix", SqlType.TEXT, true));
        columns.add(Column.of("key_hash", SqlType.BYTEA, true));
        columns.add(Column.of("created_at", SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        columns.add(Column.of("last_used_at", SqlType.TIMESTAMPTZ, false));
        columns.add(Column.of("expires_at", SqlType.TIMESTAMPTZ, true).withDefault(SupportColumns.nowPlus("90 days")));
        columns.add(Column.of("revoked_at", SqlType.TIMESTAMPTZ, false));
        constraints.add(new TableConstraint.PrimaryKey(TABLE + "_pkey", List.of("id")));
        if (tenants) {
            constraints.add(Tenancy.foreignKey(TABLE));
        }
        constraints.add(SupportColumns.oneOf(TABLE, "role", machineRoles));
        constraints.add(SupportColumns.maxLength(TABLE, "name", 120));
        constraints.add(new TableConstraint.Check(
                TABLE + "_key_prefix_check",
                new Expr.Compare(
                        Expr.call("char_length", Expr.column("key_prefix")), "=", Expr.number(PREFIX_LENGTH))));
        constraints.add(SupportColumns.sha256(TABLE, "key_hash"));
        constraints.add(SupportColumns.after(TABLE, "expires_at", "created_at"));
        List<Ddl> out = new ArrayList<>();
        out.add(new Ddl.CreateTable(TABLE, columns, constraints));
        out.add(new Ddl.CreateIndex(
                TABLE + "_key_hash_key", TABLE, List.of(IndexKey.column("key_hash")), true, Optional.empty()));
        if (tenants) {
            out.add(new Ddl.CreateIndex(
                    TABLE + "_tenant_id_idx",
                    TABLE,
                    List.of(IndexKey.column(Tenancy.COLUMN)),
                    false,
                    Optional.empty()));
        }
        out.add(new Ddl.Comment(
                TABLE,
                Optional.empty(),
                "API keys of " + String.join(", ", machineRoles) + ": only the SHA-256 of a key is kept; a key"
                        + " expires after 90 days and two may be valid at once while a client rotates."));
        return out;
    }
}
