package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.OnDelete;
import dev.archforge.design.artifact.sql.ddl.Column;
import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Ddl.IndexKey;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Security;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Server-side sessions, as the authentication decision chose them: the cookie carries a random
 * token, the table only its SHA-256 (a copy of the table opens no session), with an idle timeout on
 * {@code last_seen_at} and an absolute {@code expires_at}. Revoking is setting {@code revoked_at};
 * erasing an account deletes its sessions.
 */
final class Sessions {
    static final String TABLE = "sessions";

    private Sessions() {}

    static List<Ddl> build(Design design) {
        Security s = design.architecture().security();
        Optional<Entity> account = design.requirements().account();
        String owner = account.map(a -> Names.foreignKey(Names.snake(a.name()))).orElse("subject");
        List<Column> columns = new ArrayList<>();
        columns.add(Column.identity("id", SqlType.BIGINT));
        columns.add(Column.of(owner, account.isPresent() ? SqlType.BIGINT : SqlType.TEXT, true));
        columns.add(Column.of("token_hash", SqlType.BYTEA, true));
        columns.add(Column.of("created_at", SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        columns.add(Column.of("last_seen_at", SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        columns.add(Column.of("expires_at", SqlType.TIMESTAMPTZ, true)
                .withDefault(SupportColumns.nowPlus(s.refreshTokenDays() + " days")));
        columns.add(Column.of("revoked_at", SqlType.TIMESTAMPTZ, false));
        List<TableConstraint> constraints = new ArrayList<>();
        constraints.add(new TableConstraint.PrimaryKey(TABLE + "_pkey", List.of("id")));
        account.ifPresent(a -> constraints.add(new TableConstraint.ForeignKey(
                TABLE + "_" + owner + "_fkey",
                List.of(owner),
                Names.table(a.name()),
                List.of("id"),
                OnDelete.CASCADE)));
        if (account.isEmpty()) {
            constraints.add(SupportColumns.maxLength(TABLE, owner, 255));
        }
        constraints.add(SupportColumns.sha256(TABLE, "token_hash"));
        constraints.add(SupportColumns.after(TABLE, "expires_at", "created_at"));
        return List.of(
                new Ddl.CreateTable(TABLE, columns, constraints),
                new Ddl.CreateIndex(
                        TABLE + "_token_hash_key",
                        TABLE,
                        List.of(IndexKey.column("token_hash")),
                        true,
                        Optional.empty()),
                new Ddl.CreateIndex(
                        TABLE + "_" + owner + "_idx", TABLE, List.of(IndexKey.column(owner)), false, Optional.empty()),
                new Ddl.CreateIndex(
                        TABLE + "_expires_at_idx",
                        TABLE,
                        List.of(IndexKey.column("expires_at")),
                        false,
                        Optional.empty()),
                new Ddl.Comment(
                        TABLE,
                        Optional.empty(),
                        "Server-side sessions: the cookie holds a random token, this table its SHA-256. A session"
                                + " ends after " + s.accessTokenMinutes() + " idle minutes (last_seen_at), at"
                                + " expires_at (" + s.refreshTokenDays()
                                + (s.refreshTokenDays() == 1 ? " day" : " days")
                                + " after sign-in) or when revoked; expired rows are deleted nightly."));
    }
}
