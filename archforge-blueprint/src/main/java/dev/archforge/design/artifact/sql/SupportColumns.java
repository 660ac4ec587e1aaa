package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import java.util.List;

/** Constraints the tables beside the entities share: bounded text, fixed-size hashes, an expiry after creation. */
final class SupportColumns {
    private SupportColumns() {}

    static TableConstraint.Check maxLength(String table, String column, int max) {
        return new TableConstraint.Check(
                Identifiers.derived(table + "_" + column, "check"),
                new Expr.Compare(Expr.call("char_length", Expr.column(column)), "<=", Expr.number(max)));
    }

    static TableConstraint.Check oneOf(String table, String column, List<String> values) {
        return new TableConstraint.Check(
                Identifiers.derived(table + "_" + column, "check"),
                new Expr.In(Expr.column(column), values.stream().map(Expr::text).toList()));
    }

    /** A SHA-256 digest: 32 bytes. */
    static TableConstraint.Check sha256(String table, String column) {
        return new TableConstraint.Check(
                Identifiers.derived(table + "_" + column, "check"),
                new Expr.Compare(Expr.call("octet_length", Expr.column(column)), "=", Expr.number(32)));
    }

    static TableConstraint.Check after(String table, String later, String earlier) {
        return new TableConstraint.Check(
                Identifiers.derived(table + "_" + later + "_after_" + earlier, "check"),
                new Expr.Compare(Expr.column(later), ">", Expr.column(earlier)));
    }

    /** {@code now() + interval '...'}. */
    static Expr nowPlus(String interval) {
        return new Expr.Arithmetic(Expr.call("now"), "+", new Expr.TypedLiteral(SqlType.of("interval"), interval));
    }
}
