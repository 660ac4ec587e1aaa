package dev.archforge.design.artifact.sql.ddl;

import java.util.List;
import java.util.Optional;

/** One statement of a migration, or a comment line between statements. */
public sealed interface Ddl {
    /** {@code -- text} before the statements that follow, for a reader of the file. */
    record Remark(String text) implements Ddl {}

    /**
     * {@code CREATE TABLE name (columns, constraints) [PARTITION BY RANGE (partitionBy)]}.
     *
     * @param partitionBy the column of a range-partitioned table
     */
    record CreateTable(
            String name, List<Column> columns, List<TableConstraint> constraints, Optional<String> partitionBy)
            implements Ddl {
        public CreateTable {
            Identifiers.check(name);
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("table " + name + " needs columns");
            }
            partitionBy.ifPresent(Identifiers::check);
        }

        public CreateTable(String name, List<Column> columns, List<TableConstraint> constraints) {
            this(name, columns, constraints, Optional.empty());
        }

        /** The same table, not partitioned. */
        public CreateTable unpartitioned() {
            return new CreateTable(name, columns, constraints, Optional.empty());
        }
    }

    /** {@code ALTER TABLE table ADD CONSTRAINT ...}, for foreign keys that close a cycle of tables. */
    record AddConstraint(String table, TableConstraint constraint) implements Ddl {}

    /**
     * {@code CREATE [UNIQUE] INDEX name ON table (keys) [WHERE predicate]}.
     *
     * @param where a partial index's predicate, such as {@code deleted_at IS NULL}
     */
    record CreateIndex(String name, String table, List<IndexKey> keys, boolean unique, Optional<Expr> where)
            implements Ddl {
        public CreateIndex {
            Identifiers.check(name);
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("index " + name + " needs keys");
            }
        }
    }

    /** One key of an index: a column or an expression such as {@code lower(email)}. */
    record IndexKey(Expr expr, boolean descending) {
        public static IndexKey column(String name) {
            return new IndexKey(new Expr.ColumnRef(name), false);
        }
    }

    /** {@code COMMENT ON TABLE table} or, with a column, {@code COMMENT ON COLUMN table.column}. */
    record Comment(String table, Optional<String> column, String text) implements Ddl {}

    /** {@code ALTER TABLE table ENABLE ROW LEVEL SECURITY} and {@code FORCE} it for the table owner too. */
    record EnableRowLevelSecurity(String table) implements Ddl {}

    /** {@code CREATE POLICY name ON table USING (using) WITH CHECK (check)}. */
    record CreatePolicy(String name, String table, Expr using, Expr check) implements Ddl {
        public CreatePolicy {
            Identifiers.check(name);
        }
    }

    /**
     * {@code CREATE FUNCTION name() RETURNS type LANGUAGE language AS $$ body $$}.
     *
     * @param body the function's statements, one per line, written between dollar quotes
     */
    record CreateFunction(String name, SqlType returns, String language, List<String> body) implements Ddl {
        public CreateFunction {
            Identifiers.check(name);
            body = List.copyOf(body);
            if (body.stream().anyMatch(line -> line.contains("$$"))) {
                throw new IllegalArgumentException("function " + name + " body must not contain $$");
            }
        }
    }

    /**
     * {@code CREATE TRIGGER name BEFORE events ON table FOR EACH ROW EXECUTE FUNCTION function()}.
     *
     * @param events {@code UPDATE}, {@code DELETE}, joined by {@code OR}
     */
    record BeforeTrigger(String name, String table, List<String> events, String function) implements Ddl {
        public BeforeTrigger {
            Identifiers.check(name);
            events = List.copyOf(events);
            if (events.isEmpty() || !List.of("INSERT", "UPDATE", "DELETE").containsAll(events)) {
                throw new IllegalArgumentException("trigger " + name + " needs INSERT, UPDATE or DELETE events");
            }
        }

        /** The usual {@code BEFORE UPDATE} trigger. */
        public static BeforeTrigger update(String name, String table, String function) {
            return new BeforeTrigger(name, table, List.of("UPDATE"), function);
        }
    }

    /**
     * {@code DO $$ lines $$}: an anonymous PL/pgSQL block, for what depends on the server it runs on
     * (an extension that may be missing, partitions named by the current month).
     */
    record DoBlock(List<String> lines) implements Ddl {
        public DoBlock {
            lines = List.copyOf(lines);
            if (lines.stream().anyMatch(line -> line.contains("$$"))) {
                throw new IllegalArgumentException("a DO block must not contain $$");
            }
        }
    }
}
