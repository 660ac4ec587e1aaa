package dev.archforge.design.artifact.sql.ddl;

import java.util.stream.Collectors;

/** Prints {@link Expr} trees as PostgreSQL expressions. */
final class ExprWriter {
    private ExprWriter() {}

    static String write(Expr expr) {
        if (expr instanceof Expr.ColumnRef c) {
            return Identifiers.quote(c.column());
        }
        if (expr instanceof Expr.Text t) {
            return literal(t.value());
        }
        if (expr instanceof Expr.Bool b) {
            return b.value() ? "true" : "false";
        }
        if (expr instanceof Expr.Numeric n) {
            return n.digits();
        }
        if (expr instanceof Expr.Call c) {
            if (!c.function().matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a function name: '" + c.function() + "'");
            }
            return c.function()
                    + c.arguments().stream().map(ExprWriter::write).collect(Collectors.joining(", ", "(", ")"));
        }
        if (expr instanceof Expr.Cast c) {
            return operand(c.expr()) + "::" + SqlWriter.type(c.type());
        }
        if (expr instanceof Expr.Compare c) {
            return operand(c.left()) + " " + c.operator() + " " + operand(c.right());
        }
        if (expr instanceof Expr.In in) {
            return operand(in.expr()) + " IN ("
                    + in.values().stream().map(ExprWriter::write).collect(Collectors.joining(", ")) + ")";
        }
        if (expr instanceof Expr.Arithmetic a) {
            return operand(a.left()) + " " + a.operator() + " " + operand(a.right());
        }
        if (expr instanceof Expr.TypedLiteral t) {
            return SqlWriter.type(t.type()) + " " + literal(t.value());
        }
        if (expr instanceof Expr.And and) {
            return and.conditions().stream().map(ExprWriter::operand).collect(Collectors.joining(" AND "));
        }
        Expr.IsNull isNull = (Expr.IsNull) expr;
        return operand(isNull.expr()) + " IS NULL";
    }

    /** An operand of an operator: composite expressions get parentheses so precedence never matters. */
    private static String operand(Expr expr) {
        boolean simple = expr instanceof Expr.ColumnRef
                || expr instanceof Expr.Text
                || expr instanceof Expr.Numeric
                || expr instanceof Expr.Bool
                || expr instanceof Expr.Call
                || expr instanceof Expr.TypedLiteral;
        return simple ? write(expr) : "(" + write(expr) + ")";
    }

    /** A string literal: single quotes doubled; other characters as they are (standard_conforming_strings). */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
