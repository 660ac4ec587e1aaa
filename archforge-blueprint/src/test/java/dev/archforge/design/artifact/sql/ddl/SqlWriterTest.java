package dev.archforge.design.artifact.sql.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.design.artifact.domain.OnDelete;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlWriterTest {
    private static String one(Ddl ddl) {
        return SqlWriter.write(List.of(), List.of(ddl));
    }

    @Test
    void writesTableWithColumnsThenNamedConstraints() {
        Ddl.CreateTable table = new Ddl.CreateTable(
                "orders",
                List.of(
                        Column.identity("id", SqlType.BIGINT),
                        Column.of("user_id", SqlType.BIGINT, true),
                        Column.of("total", SqlType.numeric(19, 4), false),
                        Column.of("state", SqlType.TEXT, true).withDefault(Expr.text("new"))),
                List.of(
                        new TableConstraint.PrimaryKey("orders_pkey", List.of("id")),
                        new TableConstraint.ForeignKey(
                                "orders_user_id_fkey", List.of("user_id"), "users", List.of("id"), OnDelete.CASCADE),
                        new TableConstraint.Check(
                                "orders_state_check",
                                new Expr.In(Expr.column("state"), List.of(Expr.text("new"), Expr.text("paid"))))));
        assertThat(SqlWriter.write(List.of("Header", ""), List.of(table)))
                .isEqualTo("-- Header\n--\n\nCREATE TABLE orders (\n"
                        + "    id bigint GENERATED ALWAYS AS IDENTITY,\n"
                        + "    user_id bigint NOT NULL,\n"
                        + "    total numeric(19,4),\n"
                        + "    state text NOT NULL DEFAULT 'new',\n"
                        + "    CONSTRAINT orders_pkey PRIMARY KEY (id),\n"
                        + "    CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)"
                        + " ON DELETE CASCADE,\n"
                        + "    CONSTRAINT orders_state_check CHECK (state IN ('new', 'paid'))\n"
                        + ");\n");
    }

    @Test
    void quotesReservedAndMixedCaseIdentifiers() {
        assertThat(Identifiers.quote("users")).isEqualTo("users");
        assertThat(Identifiers.quote("user")).isEqualTo("\"user\"");
        assertThat(Identifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(Identifiers.quote("Weird\"Name")).isEqualTo("\"Weird\"\"Name\"");
        assertThat(one(new Ddl.Comment("order", Optional.of("user"), "x")))
                .isEqualTo("COMMENT ON COLUMN \"order\".\"user\" IS 'x';\n");
    }

    @Test
    void escapesQuotesInLiterals() {
        assertThat(one(new Ddl.Comment("t", Optional.empty(), "It's"))).isEqualTo("COMMENT ON TABLE t IS 'It''s';\n");
    }

    @Test
    void writesExpressionIndexesPartialIndexesAndDescendingKeys() {
        assertThat(one(new Ddl.CreateIndex(
                        "users_email_lower_key",
                        "users",
                        List.of(new Ddl.IndexKey(Expr.call("lower", Expr.column("email")), false)),
                        true,
                        Optional.of(new Expr.IsNull(Expr.column("deleted_at"))))))
                .isEqualTo(
                        "CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email)) WHERE deleted_at IS NULL;\n");
        assertThat(one(new Ddl.CreateIndex(
                        "t_a_b_idx",
                        "t",
                        List.of(Ddl.IndexKey.column("a"), new Ddl.IndexKey(Expr.column("b"), true)),
                        false,
                        Optional.empty())))
                .isEqualTo("CREATE INDEX t_a_b_idx ON t (a, b DESC);\n");
    }

    @Test
    void parenthesisesCompositeOperands() {
        Expr tenant = new Expr.Compare(
                Expr.column("tenant_id"),
                "=",
                new Expr.Cast(
                        Expr.call("current_setting", Expr.text("app.tenant_id"), new Expr.Bool(true)), SqlType.BIGINT));
        assertThat(one(new Ddl.CreatePolicy("t_iso", "t", tenant, tenant))).isEqualTo("""
                        CREATE POLICY t_iso ON t
                            USING (tenant_id = (current_setting('app.tenant_id', true)::bigint))
                            WITH CHECK (tenant_id = (current_setting('app.tenant_id', true)::bigint));
                        """);
    }

    @Test
    void writesRowSecurityFunctionTriggerAndLateForeignKey() {
        assertThat(SqlWriter.write(
                        List.of(),
                        List.of(
                                new Ddl.EnableRowLevelSecurity("t"),
                                new Ddl.CreateFunction("f", SqlType.TRIGGER, "plpgsql", List.of("BEGIN", "END;")),
                                Ddl.BeforeTrigger.update("t_f", "t", "f"),
                                new Ddl.AddConstraint(
                                        "a",
                                        new TableConstraint.ForeignKey(
                                                "a_b_id_fkey",
                                                List.of("b_id"),
                                                "b",
                                                List.of("id"),
                                                OnDelete.SET_NULL)))))
                .isEqualTo("""
                        ALTER TABLE t ENABLE ROW LEVEL SECURITY;
                        ALTER TABLE t FORCE ROW LEVEL SECURITY;
                        CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                        END;
                        $$;
                        CREATE TRIGGER t_f BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();
                        ALTER TABLE a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES b (id) ON DELETE SET NULL;
                        """);
    }

    @Test
    void opensEachGroupWithOneBlankLine() {
        assertThat(SqlWriter.write(
                        List.of("h"),
                        List.of(
                                new Ddl.Remark("Users"),
                                new Ddl.CreateTable("a", List.of(Column.of("x", SqlType.TEXT, false)), List.of()),
                                new Ddl.CreateTable("b", List.of(Column.of("y", SqlType.TEXT, false)), List.of()))))
                .isEqualTo("-- h\n\n-- Users\nCREATE TABLE a (\n    x text\n);\n\nCREATE TABLE b (\n    y text\n);\n");
    }

    @Test
    void cutsDerivedNamesToPostgresLimitKeepingTheSuffix() {
        String name = Identifiers.derived("a".repeat(70), "idx");
        assertThat(name).hasSize(Identifiers.MAX_LENGTH).endsWith("a_idx");
        assertThat(Identifiers.derived("orders_user_id", "fkey")).isEqualTo("orders_user_id_fkey");
    }

    @Test
    void rejectsWhatPostgresWouldNotAccept() {
        assertThatThrownBy(() -> Column.of("x".repeat(64), SqlType.TEXT, false))
                .hasMessage("identifier must have 1 to 63 characters, got '" + "x".repeat(64) + "'");
        assertThatThrownBy(() -> new Expr.Numeric("1; DROP")).hasMessage("not a numeric literal: '1; DROP'");
        assertThatThrownBy(() -> new Expr.Compare(Expr.column("a"), "LIKE", Expr.column("b")))
                .hasMessage("unknown comparison 'LIKE'");
        assertThatThrownBy(() -> new Ddl.CreateFunction("f", SqlType.TRIGGER, "sql", List.of("$$")))
                .hasMessage("function f body must not contain $$");
        assertThatThrownBy(() -> SqlType.of("varchar2")).hasMessage("not a built-in PostgreSQL type: 'varchar2'");
    }

    @Test
    void quotesExactlyTheWordsTheReviewCallsReserved() {
        assertThat(Identifiers.quote("user")).isEqualTo("\"user\"");
        assertThat(Identifiers.quote("position")).isEqualTo("position");
    }
}
