package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.References;
import dev.archforge.sql.ast.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Column definitions and table constraints, shared by CREATE TABLE and ALTER TABLE. */
final class ConstraintParser {
    /** Words that end a DEFAULT expression in a column definition. */
    private static final Set<String> COLUMN_STOP = Set.of(
            "not",
            "null",
            "constraint",
            "check",
            "unique",
            "primary",
            "references",
            "generated",
            "collate",
            "deferrable",
            "initially",
            "default");

    /** A table constraint and whether {@code NOT VALID} followed it. */
    record Parsed(TableConstraint constraint, boolean notValid) {}

    private ConstraintParser() {}

    /** True when the cursor is at the start of a table constraint rather than a column. */
    static boolean atTableConstraint(Cursor c) {
        return c.atAny("constraint", "primary", "unique", "foreign", "check")
                || (c.at("exclude") && (c.peek(1).isSymbol("(") || c.peek(1).is("using")));
    }

    static Column column(Cursor c, boolean typeRequired) {
        Token start = c.peek();
        Ident name = c.identifier();
        Optional<DataType> type = Optional.empty();
        // WITH OPTIONS: a column of a typed or partition table, only constraints follow
        boolean withOptions = c.acceptAll("with", "options");
        if (!withOptions && !atColumnConstraint(c) && !c.atSymbol(",") && !c.atSymbol(")") && !c.atEnd()) {
            type = Optional.of(TypeParser.parse(c));
        } else if (typeRequired && !withOptions) {
            throw c.fail("a data type");
        }
        boolean notNull = false;
        Optional<String> defaultValue = Optional.empty();
        Optional<String> identity = Optional.empty();
        Optional<String> generated = Optional.empty();
        Optional<String> collation = Optional.empty();
        List<TableConstraint> constraints = new ArrayList<>();
        while (!c.atEnd() && !c.atSymbol(",") && !c.atSymbol(")")) {
            Token cstart = c.peek();
            Optional<Ident> cname = c.accept("constraint") ? Optional.of(c.identifier()) : Optional.empty();
            if (c.acceptAll("not", "null")) {
                notNull = true;
                c.acceptAll("no", "inherit");
            } else if (c.accept("null")) {
                notNull = false;
            } else if (c.accept("default")) {
                defaultValue = Optional.of(c.expressionUntil(COLUMN_STOP));
            } else if (c.accept("generated")) {
                String kind = c.accept("always") ? "always" : byDefault(c);
                c.expect("as");
                if (c.accept("identity")) {
                    identity = Optional.of(kind);
                    c.skipParenthesized();
                } else {
                    generated = Optional.of(c.parenthesizedText());
                    if (!c.accept("stored")) {
                        c.accept("virtual");
                    }
                }
            } else if (c.acceptAll("primary", "key")) {
                indexParameters(c);
                constraints.add(new TableConstraint.PrimaryKey(
                        cname, List.of(name), Optional.empty(), false, c.spanFrom(cstart)));
            } else if (c.accept("unique")) {
                boolean nullsNotDistinct = nullsDistinct(c);
                indexParameters(c);
                constraints.add(new TableConstraint.Unique(
                        cname, List.of(name), Optional.empty(), nullsNotDistinct, false, c.spanFrom(cstart)));
            } else if (c.accept("references")) {
                References refs = references(c);
                constraints.add(new TableConstraint.ForeignKey(cname, List.of(name), refs, false, c.spanFrom(cstart)));
            } else if (c.accept("check")) {
                String expr = c.parenthesizedText();
                c.acceptAll("no", "inherit");
                constraints.add(new TableConstraint.Check(cname, expr, c.spanFrom(cstart)));
            } else if (c.accept("collate")) {
                collation = Optional.of(c.qualifiedName().raw());
            } else if (c.atAny("compression", "storage") && c.peek(1).isIdentifier()) {
                c.next();
                c.next();
            } else if (deferrability(c)) {
                markDeferrable(constraints);
            } else if (!(c.acceptAll("not", "enforced") || c.accept("enforced"))) {
                throw c.fail("a column constraint");
            }
        }
        return new Column(
                name, type, notNull, defaultValue, identity, generated, collation, constraints, c.spanFrom(start));
    }

    private static String byDefault(Cursor c) {
        c.expect("by");
        c.expect("default");
        return "by default";
    }

    private static boolean atColumnConstraint(Cursor c) {
        return c.atAny(
                        "constraint",
                        "null",
                        "default",
                        "generated",
                        "primary",
                        "unique",
                        "references",
                        "check",
                        "collate",
                        "deferrable",
                        "initially")
                || (c.at("not") && c.peek(1).isAny("null", "deferrable", "enforced"));
    }

    /** A table constraint; the cursor is at {@code CONSTRAINT name} or the constraint's keyword. */
    static Parsed tableConstraint(Cursor c) {
        Token start = c.peek();
        Optional<Ident> name = c.accept("constraint") ? Optional.of(c.identifier()) : Optional.empty();
        TableConstraint constraint;
        if (c.acceptAll("primary", "key")) {
            if (c.acceptAll("using", "index")) {
                constraint = new TableConstraint.PrimaryKey(
                        name, List.of(), Optional.of(c.identifier()), false, c.spanFrom(start));
            } else {
                List<Ident> columns = columnNames(c);
                indexParameters(c);
                constraint = new TableConstraint.PrimaryKey(name, columns, Optional.empty(), false, c.spanFrom(start));
            }
        } else if (c.accept("unique")) {
            boolean nullsNotDistinct = nullsDistinct(c);
            if (c.acceptAll("using", "index")) {
                constraint = new TableConstraint.Unique(
                        name, List.of(), Optional.of(c.identifier()), nullsNotDistinct, false, c.spanFrom(start));
            } else {
                List<Ident> columns = columnNames(c);
                indexParameters(c);
                constraint = new TableConstraint.Unique(
                        name, columns, Optional.empty(), nullsNotDistinct, false, c.spanFrom(start));
            }
        } else if (c.acceptAll("foreign", "key")) {
            List<Ident> columns = columnNames(c);
            c.expect("references");
            References refs = references(c);
            constraint = new TableConstraint.ForeignKey(name, columns, refs, false, c.spanFrom(start));
        } else if (c.accept("check")) {
            String expr = c.parenthesizedText();
            constraint = new TableConstraint.Check(name, expr, c.spanFrom(start));
        } else if (c.accept("exclude")) {
            String text = c.expressionUntil(Set.of("deferrable", "initially"));
            constraint = new TableConstraint.Exclude(name, "exclude " + text, c.spanFrom(start));
        } else {
            throw c.fail("PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK or EXCLUDE");
        }
        boolean notValid = false;
        boolean deferrable = false;
        while (true) {
            if (deferrability(c)) {
                deferrable = deferrable || c.previous().isAny("deferrable", "deferred");
            } else if (c.acceptAll("not", "valid")) {
                notValid = true;
            } else if (!(c.acceptAll("no", "inherit") || c.acceptAll("not", "enforced") || c.accept("enforced"))) {
                break;
            }
        }
        return new Parsed(deferrable ? withDeferrable(constraint) : constraint, notValid);
    }

    /** {@code [NOT] DEFERRABLE} or {@code INITIALLY DEFERRED|IMMEDIATE}; true when one was consumed. */
    private static boolean deferrability(Cursor c) {
        if (c.accept("deferrable") || c.acceptAll("not", "deferrable")) {
            return true;
        }
        if (c.at("initially") && c.peek(1).isAny("deferred", "immediate")) {
            c.next();
            c.next();
            return true;
        }
        return false;
    }

    private static void markDeferrable(List<TableConstraint> constraints) {
        if (!constraints.isEmpty()) {
            int last = constraints.size() - 1;
            constraints.set(last, withDeferrable(constraints.get(last)));
        }
    }

    private static TableConstraint withDeferrable(TableConstraint c) {
        if (c instanceof TableConstraint.PrimaryKey p) {
            return new TableConstraint.PrimaryKey(p.name(), p.columns(), p.usingIndex(), true, p.span());
        }
        if (c instanceof TableConstraint.Unique u) {
            return new TableConstraint.Unique(
                    u.name(), u.columns(), u.usingIndex(), u.nullsNotDistinct(), true, u.span());
        }
        if (c instanceof TableConstraint.ForeignKey f) {
            return new TableConstraint.ForeignKey(f.name(), f.columns(), f.references(), true, f.span());
        }
        return c;
    }

    private static boolean nullsDistinct(Cursor c) {
        if (c.acceptAll("nulls", "not", "distinct")) {
            return true;
        }
        c.acceptAll("nulls", "distinct");
        return false;
    }

    /** {@code (a, b)}, also {@code (a, b WITHOUT OVERLAPS)} and {@code (a, PERIOD b)}. */
    static List<Ident> columnNames(Cursor c) {
        c.expectSymbol("(");
        List<Ident> names = new ArrayList<>();
        do {
            c.accept("period");
            names.add(c.identifier());
            c.acceptAll("without", "overlaps");
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
        return names;
    }

    /** {@code INCLUDE (...)}, {@code WITH (...)}, {@code USING INDEX TABLESPACE name}. */
    private static void indexParameters(Cursor c) {
        while (true) {
            if (c.accept("include") || (c.at("with") && c.peek(1).isSymbol("("))) {
                c.accept("with");
                c.skipParenthesized();
            } else if (c.acceptAll("using", "index", "tablespace")) {
                c.identifier();
            } else {
                return;
            }
        }
    }

    /** After {@code REFERENCES}: {@code table [(columns)] [MATCH ...] [ON DELETE ...] [ON UPDATE ...]}. */
    static References references(Cursor c) {
        var table = c.qualifiedName();
        List<Ident> columns = c.atSymbol("(") ? columnNames(c) : List.of();
        Optional<String> onDelete = Optional.empty();
        Optional<String> onUpdate = Optional.empty();
        while (true) {
            if (c.accept("match")) {
                c.next();
            } else if (c.acceptAll("on", "delete")) {
                onDelete = Optional.of(referentialAction(c));
            } else if (c.acceptAll("on", "update")) {
                onUpdate = Optional.of(referentialAction(c));
            } else {
                return new References(table, columns, onDelete, onUpdate);
            }
        }
    }

    private static String referentialAction(Cursor c) {
        if (c.accept("cascade")) {
            return "cascade";
        }
        if (c.accept("restrict")) {
            return "restrict";
        }
        if (c.acceptAll("no", "action")) {
            return "no action";
        }
        if (c.accept("set") && c.atAny("null", "default")) {
            String action = "set " + c.next().value();
            c.skipParenthesized();
            return action;
        }
        throw c.fail("CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT");
    }
}
