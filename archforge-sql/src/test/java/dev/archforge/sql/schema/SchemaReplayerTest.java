package dev.archforge.sql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.parse.SqlParser;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SchemaReplayerTest {

    private static Schema replay(String sql) {
        return SchemaReplayer.replay(Schema.EMPTY, "f.sql", SqlParser.parse(sql));
    }

    private static Table table(Schema s, String key) {
        return s.table(key)
                .orElseThrow(() -> new AssertionError(
                        "no table " + key + " in " + s.tablesByKey().keySet()));
    }

    private static QualifiedName name(String... parts) {
        return new QualifiedName(java.util.Arrays.stream(parts).map(Ident::of).toList(), new Span(1, 1, 1, 1));
    }

    @Test
    void createTableWithKeysForeignKeysAndChecks() {
        Schema s = replay("""
                CREATE TABLE public.users (id bigserial PRIMARY KEY, email text UNIQUE, age int CHECK (age > 0));
                CREATE TABLE orders (
                  id int, user_id bigint NOT NULL REFERENCES users, note text,
                  CONSTRAINT orders_pk PRIMARY KEY (id),
                  UNIQUE (user_id, note),
                  FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE
                );""");
        Table users = table(s, "users");
        assertThat(users.declared()).isTrue();
        assertThat(users.origin()).isEqualTo(new Origin("f.sql", 1, 1));
        assertThat(users.primaryKey()).contains(new Key("users_pkey", List.of("id")));
        assertThat(users.uniqueKeys()).containsExactly(new Key("users_email_key", List.of("email")));
        assertThat(users.checks()).extracting(CheckConstraint::name).containsExactly("users_age_check");
        assertThat(users.column("id").orElseThrow().notNull()).isTrue();
        assertThat(users.column("id").orElseThrow().hasDefault()).isTrue();
        Table orders = table(s, "orders");
        assertThat(orders.primaryKey()).contains(new Key("orders_pk", List.of("id")));
        assertThat(orders.uniqueKeys()).extracting(Key::name).containsExactly("orders_user_id_note_key");
        assertThat(orders.foreignKeys())
                .extracting(ForeignKey::name, ForeignKey::referencedTable, ForeignKey::onDelete)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("orders_user_id_fkey", "users", java.util.Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(
                                "orders_user_id_fkey", "users", java.util.Optional.of("cascade")));
        assertThat(orders.hasIndexLeadingWith(List.of("user_id"))).isTrue();
        assertThat(orders.hasIndexLeadingWith(List.of("note"))).isFalse();
    }

    @Test
    void pgDumpStyleAlterStatementsBuildTheSameModel() {
        Schema s = replay("""
                CREATE TABLE public.t (id integer NOT NULL, parent_id integer, name text);
                ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
                CREATE INDEX index_t_on_parent_id_and_name ON public.t USING btree (parent_id, name);
                CREATE INDEX index_t_on_lower_name ON public.t USING btree (lower(name));
                CREATE INDEX index_t_partial ON public.t (name) WHERE name IS NOT NULL;
                ALTER TABLE ONLY public.t ADD CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES public.t(id) NOT VALID;
                """);
        Table t = table(s, "t");
        assertThat(t.primaryKey()).map(Key::name).contains("t_pkey");
        assertThat(t.indexes())
                .extracting(Index::name)
                .containsExactly("index_t_on_parent_id_and_name", "index_t_on_lower_name", "index_t_partial");
        assertThat(t.indexes().get(1).leadingColumns()).isEmpty();
        assertThat(t.indexes().get(2).partial()).isTrue();
        assertThat(t.foreignKeys()).extracting(ForeignKey::valid).containsExactly(false);
        assertThat(t.hasIndexLeadingWith(List.of("parent_id"))).isTrue();
        assertThat(t.hasIndexLeadingWith(List.of("name"))).isFalse();
        Schema validated =
                SchemaReplayer.replay(s, "g.sql", SqlParser.parse("ALTER TABLE t VALIDATE CONSTRAINT fk_parent"));
        assertThat(table(validated, "t").foreignKeys())
                .extracting(ForeignKey::valid)
                .containsExactly(true);
    }

    @Test
    void alterTableChangesColumnsAndConstraints() {
        Schema s = replay("""
                CREATE TABLE a (id int PRIMARY KEY, x int, y text);
                ALTER TABLE a ADD COLUMN z int NOT NULL DEFAULT 1, DROP COLUMN y, ALTER COLUMN x TYPE bigint,
                  ALTER COLUMN x SET NOT NULL, ALTER COLUMN z DROP DEFAULT;
                ALTER TABLE a RENAME COLUMN x TO x2;
                ALTER TABLE a DROP CONSTRAINT a_pkey;
                """);
        Table a = table(s, "a");
        assertThat(a.columns()).extracting(TableColumn::name).containsExactly("id", "x2", "z");
        TableColumn x2 = a.column("x2").orElseThrow();
        assertThat(x2.type().orElseThrow().text()).isEqualTo("bigint");
        assertThat(x2.notNull()).isTrue();
        assertThat(a.column("z").orElseThrow().hasDefault()).isFalse();
        assertThat(a.primaryKey()).isEmpty();
    }

    @Test
    void renamesKeepTheOriginAndRetargetForeignKeys() {
        Schema s = replay("""
                CREATE TABLE a (id int PRIMARY KEY);
                CREATE TABLE b (a_id int REFERENCES a (id));
                CREATE INDEX b_a_idx ON b (a_id);
                ALTER TABLE a RENAME TO a2;
                ALTER TABLE b RENAME COLUMN a_id TO ref;
                ALTER TABLE b RENAME CONSTRAINT b_a_id_fkey TO b_ref_fkey;
                """);
        assertThat(s.table("a")).isEmpty();
        Table a2 = table(s, "a2");
        assertThat(a2.origin()).isEqualTo(new Origin("f.sql", 1, 1));
        assertThat(s.tableCreatedAt(new Origin("f.sql", 1, 1))).contains(a2);
        Table b = table(s, "b");
        assertThat(b.foreignKeys())
                .extracting(ForeignKey::name, ForeignKey::referencedTable, ForeignKey::columns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b_ref_fkey", "a2", List.of("ref")));
        assertThat(b.indexes().get(0).leadingColumns()).containsExactly("ref");
    }

    @Test
    void alterIndexRenameKeepsTheIndexOnItsTable() {
        Schema s = replay("""
                CREATE TABLE a (id int, x int);
                CREATE INDEX a_x_idx ON a (x);
                ALTER INDEX a_x_idx RENAME TO a_x_old;
                CREATE INDEX a_x_idx ON a (x, id);
                ALTER INDEX IF EXISTS missing_idx RENAME TO other;
                """);
        Table a = table(s, "a");
        assertThat(a.indexes())
                .extracting(Index::name, i -> i.origin().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a_x_old", 2),
                        org.assertj.core.groups.Tuple.tuple("a_x_idx", 4));
        Schema dropped = replay("""
                CREATE TABLE a (id int, x int);
                CREATE INDEX a_x_idx ON a (x);
                ALTER INDEX public.a_x_idx RENAME TO a_x_new;
                DROP INDEX a_x_new;
                """);
        assertThat(table(dropped, "a").indexes()).isEmpty();
    }

    @Test
    void renamingTheIndexOfAKeyRenamesTheKey() {
        Schema s = replay("""
                CREATE TABLE u (id int PRIMARY KEY, email text UNIQUE, CONSTRAINT u_pair UNIQUE (id, email));
                ALTER INDEX u_pkey RENAME TO person_pkey;
                ALTER INDEX u_email_key RENAME TO person_email_key;
                ALTER TABLE u RENAME CONSTRAINT u_pair TO person_pair;
                """);
        Table u = table(s, "u");
        assertThat(u.primaryKey()).contains(new Key("person_pkey", List.of("id")));
        assertThat(u.uniqueKeys())
                .containsExactly(
                        new Key("person_email_key", List.of("email")), new Key("person_pair", List.of("id", "email")));
        assertThat(s.tableOfIndex(name("person_pair"))).contains(u);
    }

    @Test
    void alterTableAndAlterIndexRenameEitherKindOfRelation() {
        Schema s = replay("""
                CREATE TABLE a (id int);
                CREATE INDEX a_id_idx ON a (id);
                ALTER TABLE a_id_idx RENAME TO a_id_index;
                ALTER INDEX a RENAME TO b;
                """);
        assertThat(s.tablesByKey().keySet()).containsExactlyInAnyOrder("b");
        assertThat(table(s, "b").indexes()).extracting(Index::name).containsExactly("a_id_index");
        assertThat(table(s, "b").origin()).isEqualTo(new Origin("f.sql", 1, 1));
    }

    @Test
    void qualifiedIndexNamesMatchTheirTablesSchema() {
        Schema s = replay("""
                CREATE TABLE s.a (id int);
                CREATE TABLE a (id int);
                CREATE INDEX a_id_idx ON s.a (id);
                ALTER INDEX public.a_id_idx RENAME TO wrong;
                ALTER INDEX s.a_id_idx RENAME TO right_idx;
                """);
        assertThat(table(s, "s.a").indexes()).extracting(Index::name).containsExactly("right_idx");
        assertThat(table(s, "a").indexes()).isEmpty();
    }

    @Test
    void searchPathPlacesUnqualifiedNamesAndFindsThemAgain() {
        Schema s = replay("""
                CREATE TABLE users (id bigint PRIMARY KEY);
                SET search_path TO app, public;
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);
                CREATE TABLE items (order_id bigint REFERENCES orders, sku text);
                CREATE INDEX items_order_idx ON app.items (order_id);
                ALTER TABLE items ADD COLUMN qty int;
                CREATE TYPE status AS ENUM ('new');
                ALTER TYPE app.status ADD VALUE 'paid';
                ALTER INDEX items_order_idx RENAME TO items_order_id_idx;
                """);
        assertThat(s.tablesByKey().keySet()).containsExactlyInAnyOrder("app.items", "app.orders", "users");
        Table orders = table(s, "app.orders");
        assertThat(orders.name().raw()).isEqualTo("orders");
        assertThat(orders.schema()).isEqualTo("app");
        assertThat(orders.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("users");
        Table items = table(s, "app.items");
        assertThat(items.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("app.orders");
        assertThat(items.indexes()).extracting(Index::name).containsExactly("items_order_id_idx");
        assertThat(items.column("qty")).isPresent();
        assertThat(s.enumsByKey().keySet()).containsExactlyInAnyOrder("app.status");
        assertThat(Objects.requireNonNull(s.enumsByKey().get("app.status")).values())
                .containsExactly("new", "paid");
        assertThat(s.table(name("items"))).contains(items);
        assertThat(s.table(name("users"))).contains(table(s, "users"));
        assertThat(s.table(name("public", "items"))).isEmpty();
    }

    @Test
    void theFirstSchemaOfThePathThatHasTheNameComesFirst() {
        Schema s = replay("""
                CREATE TABLE t (a int);
                CREATE TABLE s2.t (b int);
                SET search_path = s1, s2, public;
                ALTER TABLE t ADD COLUMN c int;
                CREATE TABLE u (id int);
                SET search_path = s1;
                ALTER TABLE t ADD COLUMN d int;
                ALTER TABLE gone ADD COLUMN e int;
                """);
        assertThat(table(s, "s2.t").columns()).extracting(TableColumn::name).containsExactly("b", "c");
        // not on the path: found in public, where files that set no path put it
        assertThat(table(s, "t").columns()).extracting(TableColumn::name).containsExactly("a", "d");
        assertThat(table(s, "s1.u").declared()).isTrue();
        assertThat(table(s, "s1.gone").declared()).isFalse();
    }

    @Test
    void createTableOfANameALaterSchemaOfThePathHasMakesItThereAgain() {
        Schema s = replay("""
                CREATE TABLE t (a int);
                SET search_path = mb, public;
                CREATE TABLE t (b int);
                CREATE TABLE mb.u (id int);
                SET search_path = other;
                CREATE TABLE t (c int);
                """);
        assertThat(s.tablesByKey().keySet()).containsExactlyInAnyOrder("mb.u", "other.t", "t");
        assertThat(table(s, "t").columns()).extracting(TableColumn::name).containsExactly("b");
    }

    @Test
    void setLocalLastsToTheEndOfItsTransactionAndEachFileStartsWithTheDefaultPath() {
        Schema first = replay("""
                SET search_path = a;
                BEGIN;
                SET LOCAL search_path = b;
                CREATE TABLE in_b (id int);
                ROLLBACK;
                CREATE TABLE in_a (id int);
                SET search_path = :schema;
                CREATE TABLE still_a (id int);
                """);
        assertThat(first.tablesByKey().keySet()).containsExactlyInAnyOrder("a.in_a", "a.still_a", "b.in_b");
        assertThat(first.searchPath().lookup()).containsExactly("a");
        Schema second = SchemaReplayer.replay(
                first, "g.sql", SqlParser.parse("CREATE TABLE in_public (id int); ALTER TABLE in_a ADD x int;"));
        assertThat(second.tablesByKey().keySet())
                .containsExactlyInAnyOrder("a.in_a", "a.still_a", "b.in_b", "in_a", "in_public");
        assertThat(second.searchPath()).isEqualTo(SearchPath.DEFAULT);
    }

    /** Each table's key, schema, referenced tables and indexes: what a path could change. */
    private static List<String> shape(Schema s) {
        return s.tables().stream()
                .map(t -> t.key() + " in " + t.schema() + " -> "
                        + t.foreignKeys().stream()
                                .map(ForeignKey::referencedTable)
                                .toList() + " "
                        + t.indexes().stream().map(Index::name).toList())
                .toList();
    }

    @Test
    void pathsThatResolveLikeTheDefaultChangeNothing() {
        String ddl = """
                CREATE TABLE public.t (id int PRIMARY KEY);
                CREATE TABLE u (t_id int REFERENCES t);
                CREATE TABLE s.v (id int);
                CREATE INDEX u_idx ON u (t_id);
                """;
        Schema plain = replay(ddl);
        for (String set : List.of(
                "SELECT pg_catalog.set_config('search_path', '', false);",
                "SET search_path TO \"$user\", public;",
                "SET search_path = public, pg_catalog;",
                "SET search_path TO DEFAULT;",
                "SET search_path = s; RESET search_path;",
                "SET search_path = s; RESET ALL;")) {
            Schema s = replay(set + "\n" + ddl);
            assertThat(shape(s)).as(set).isEqualTo(shape(plain));
            assertThat(s.searchPath().isDefault()).as(set).isTrue();
        }
    }

    @Test
    void dropsAndIfNotExists() {
        Schema s = replay("""
                CREATE TABLE a (id int PRIMARY KEY);
                CREATE TABLE IF NOT EXISTS a (other int);
                CREATE TABLE b (a_id int REFERENCES a);
                CREATE INDEX i ON b (a_id);
                CREATE INDEX IF NOT EXISTS i ON b (id);
                DROP INDEX IF EXISTS public.i;
                DROP TABLE a CASCADE;
                """);
        assertThat(s.table("a")).isEmpty();
        assertThat(table(s, "b").indexes()).isEmpty();
        assertThat(table(s, "b").foreignKeys()).isEmpty();
    }

    @Test
    void constraintsUsingAnIndexTakeItOver() {
        Schema s = replay("""
                CREATE TABLE a (id int, code text);
                CREATE UNIQUE INDEX CONCURRENTLY a_id_idx ON a (id);
                CREATE UNIQUE INDEX CONCURRENTLY a_code_idx ON a (code);
                ALTER TABLE a ADD CONSTRAINT a_pkey PRIMARY KEY USING INDEX a_id_idx,
                  ADD CONSTRAINT a_code_key UNIQUE USING INDEX a_code_idx;
                """);
        Table a = table(s, "a");
        assertThat(a.primaryKey()).contains(new Key("a_pkey", List.of("id")));
        assertThat(a.uniqueKeys()).containsExactly(new Key("a_code_key", List.of("code")));
        assertThat(a.indexes()).isEmpty();
    }

    @Test
    void tablesOnlyAlteredAreKeptAsUndeclared() {
        Schema s = replay(
                "ALTER TABLE legacy ADD COLUMN x int; CREATE INDEX ON other (y); ALTER TABLE IF EXISTS gone ADD z int;");
        assertThat(table(s, "legacy").declared()).isFalse();
        assertThat(table(s, "other").indexes()).extracting(Index::name).containsExactly("other_y_idx");
        assertThat(s.table("gone")).isEmpty();
    }

    @Test
    void aTableKnownFromAltersKeepsWhatItHadWhenItsCreateTableComesLater() {
        Schema s = replay("""
                ALTER TABLE a ADD CONSTRAINT a_pkey PRIMARY KEY (id);
                CREATE INDEX a_x_idx ON a (x);
                CREATE TABLE a (id int, x int);
                """);
        Table a = table(s, "a");
        assertThat(a.declared()).isTrue();
        assertThat(a.origin()).isEqualTo(new Origin("f.sql", 3, 1));
        assertThat(a.primaryKey()).contains(new Key("a_pkey", List.of("id")));
        assertThat(a.column("id").orElseThrow().notNull()).isTrue();
        assertThat(a.indexes()).extracting(Index::name).containsExactly("a_x_idx");
    }

    @Test
    void partitionsInheritColumns() {
        Schema s = replay("""
                CREATE TABLE m (id int NOT NULL, at date) PARTITION BY RANGE (at);
                CREATE TABLE m1 PARTITION OF m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                CREATE TABLE m2 (id int NOT NULL, at date);
                ALTER TABLE m ATTACH PARTITION m2 FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
                """);
        assertThat(table(s, "m").partitioned()).isTrue();
        assertThat(table(s, "m1").partitionOf()).contains("m");
        assertThat(table(s, "m1").columns()).extracting(TableColumn::name).containsExactly("id", "at");
        assertThat(table(s, "m2").partitionOf()).contains("m");
    }

    @Test
    void enumTypes() {
        Schema s = replay("""
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                ALTER TYPE mood ADD VALUE 'happy';
                ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';
                CREATE TYPE s.gone AS ENUM ();
                DROP TYPE s.gone;
                """);
        assertThat(s.enumsByKey().keySet()).containsExactlyInAnyOrder("mood");
        assertThat(Objects.requireNonNull(s.enumsByKey().get("mood")).values()).containsExactly("sad", "fine", "happy");
    }

    @Test
    void statementsThatChangeNoTableKeepTheSameSchema() {
        Schema s = replay("CREATE TABLE a (id int)");
        for (var statement : SqlParser.parse("""
                SELECT 1; SET lock_timeout = '1s'; COMMENT ON TABLE a IS 'x';
                ALTER INDEX a_pkey SET TABLESPACE fast; ALTER INDEX p ATTACH PARTITION p1_idx;
                ALTER INDEX a_pkey SET (fillfactor = 70); ALTER INDEX a_pkey RESET (fillfactor);
                ALTER INDEX ALL IN TABLESPACE a SET TABLESPACE b; ALTER INDEX gone RENAME TO still_gone;
                SET search_path TO public; SET search_path = "$user", public; RESET search_path; COMMIT;
                """)) {
            assertThat(SchemaReplayer.apply(s, "f.sql", statement)).isSameAs(s);
        }
    }
}
