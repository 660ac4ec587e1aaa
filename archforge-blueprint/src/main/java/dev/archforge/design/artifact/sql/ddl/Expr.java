package dev.archforge.design.artifact.sql.ddl;

import java.util.List;

/**
 * A SQL expression as a tree, for defaults, CHECK constraints, index keys and policies. The writer
 * prints it; literals are quoted there, never by the code that builds the tree.
 */
public sealed interface Expr {
    /** A column of the table at hand. */
    record ColumnRef(String column) implements Expr {}

    /** A string literal, quoted and escaped by the writer. */
    record Text(String value) implements Expr {}

    /** An integer or decimal literal, written as given (digits, an optional sign and point). */
    record Numeric(String digits) implements Expr {
        public Numeric {
            if (!digits.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new IllegalArgumentException("not a numeric literal: '" + digits + "'");
            }
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Expr {}

    /** A function call such as {@code now()}, {@code lower(email)} or {@code char_length(title)}. */
    record Call(String function, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code expr::type}. */
    record Cast(Expr expr, SqlType type) implements Expr {}

    /** A binary comparison: {@code =}, {@code <>}, {@code <}, {@code <=}, {@code >}, {@code >=}. */
    record Compare(Expr left, String operator, Expr right) implements Expr {
        public Compare {
            if (!List.of("=", "<>", "<", "<=", ">", ">=").contains(operator)) {
                throw new IllegalArgumentException("unknown comparison '" + operator + "'");
            }
        }
    }

    /** {@code expr IN (values...)}. */
    record In(Expr expr, List<Expr> values) implements Expr {
        public In {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("IN needs values");
            }
        }
    }

    /** {@code left + right} or {@code left - right}. */
    record Arithmetic(Expr left, String operator, Expr right) implements Expr {
        public Arithmetic {
            if (!List.of("+", "-").contains(operator)) {
                throw new IllegalArgumentException("unknown arithmetic operator '" + operator + "'");
            }
        }
    }

    /** A typed literal such as {@code interval '24 hours'}. */
    record TypedLiteral(SqlType type, String value) implements Expr {}

    /** Conditions that must all hold: {@code a AND b}. */
    record And(List<Expr> conditions) implements Expr {
        public And {
            conditions = List.copyOf(conditions);
            if (conditions.size() < 2) {
                throw new IllegalArgumentException("AND needs two conditions or more");
            }
        }
    }

    /** {@code expr IS NULL}. */
    record IsNull(Expr expr) implements Expr {}

    static Expr column(String name) {
        return new ColumnRef(name);
    }

    static Expr call(String function, Expr... arguments) {
        return new Call(function, List.of(arguments));
    }

    static Expr number(long value) {
        return new Numeric(Long.toString(value));
    }

    static Expr text(String value) {
        return new Text(value);
    }
}
