package dev.archforge.sql.parse;

import dev.archforge.pg.TypeNames;
import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;

/** Reads a type name and prints it the way PostgreSQL does ({@code format_type}). */
final class TypeParser {
    private TypeParser() {}

    static DataType parse(Cursor c) {
        Token start = c.peek();
        String name;
        String zone = "";
        String mods = "";
        if (c.acceptAll("double", "precision")) {
            name = "double precision";
        } else if (c.atAny("character", "char") && !c.peek(1).isSymbol(".")) {
            c.next();
            name = c.accept("varying") ? "character varying" : "character";
        } else if (c.at("national") && c.peek(1).isAny("character", "char")) {
            c.next();
            c.next();
            name = c.accept("varying") ? "character varying" : "character";
        } else if (c.at("bit") && !c.peek(1).isSymbol(".")) {
            c.next();
            name = c.accept("varying") ? "bit varying" : "bit";
        } else if (c.at("interval") && !c.peek(1).isSymbol(".")) {
            c.next();
            StringBuilder fields = new StringBuilder("interval");
            while (c.atAny("year", "month", "day", "hour", "minute", "second", "to")) {
                fields.append(' ').append(c.next().value());
            }
            name = fields.toString();
        } else {
            QualifiedName q = c.qualifiedName();
            name = canonical(q);
        }
        if (c.atSymbol("(")) {
            mods = "(" + c.parenthesizedText().replace(" ", "") + ")";
        }
        switch (name) {
            case "float" -> {
                name = mods.isEmpty() || precision(mods) > 24 ? "double precision" : "real";
                mods = "";
            }
            case "timestamp", "time" -> zone = zone(c, " without time zone");
            case "timestamptz" -> {
                name = "timestamp";
                zone = " with time zone";
            }
            case "timetz" -> {
                name = "time";
                zone = " with time zone";
            }
            default -> {}
        }
        if (c.atSymbol("%") && c.peek(1).isAny("type", "rowtype")) {
            c.next();
            c.next();
        }
        int dims = 0;
        while (true) {
            if (c.atSymbol("[")) {
                skipBracket(c);
                dims++;
            } else if (c.at("array")) {
                c.next();
                if (c.atSymbol("[")) {
                    skipBracket(c);
                }
                dims++;
            } else {
                break;
            }
        }
        String text = name + mods + zone + "[]".repeat(dims);
        return new DataType(name + zone, text, dims, c.spanFrom(start));
    }

    /** Skips {@code [n]}: the declared size of an array dimension means nothing to PostgreSQL. */
    private static void skipBracket(Cursor c) {
        Token t = c.next();
        while (!t.isSymbol("]") && !c.atEnd()) {
            t = c.next();
        }
    }

    private static String zone(Cursor c, String absent) {
        if (c.acceptAll("with", "time", "zone")) {
            return " with time zone";
        }
        if (c.acceptAll("without", "time", "zone")) {
            return " without time zone";
        }
        return absent;
    }

    private static int precision(String mods) {
        try {
            return Integer.parseInt(mods.substring(1, mods.length() - 1));
        } catch (NumberFormatException e) {
            return 53;
        }
    }

    private static String canonical(QualifiedName q) {
        Ident last = q.parts().get(q.parts().size() - 1);
        boolean builtin =
                q.parts().size() == 1 || q.schema().map("pg_catalog"::equals).orElse(false);
        if (last.quoted()) {
            String v = last.value();
            return q.parts().size() == 1 && v.equals("char") ? "\"char\"" : qualified(q);
        }
        if (builtin) {
            return TypeNames.canonical(last.value());
        }
        return qualified(q);
    }

    private static String qualified(QualifiedName q) {
        StringBuilder b = new StringBuilder();
        for (Ident part : q.parts()) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(part.value());
        }
        return b.toString();
    }
}
