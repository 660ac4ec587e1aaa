package dev.archforge.sql.rules.migration;

import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.Update;
import dev.archforge.sql.rules.SqlContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ALTER COLUMN ... TYPE on tables that exist before the migration file, each with the column's
 * type before the statement (when the schema knows it) and how PostgreSQL carries it out.
 */
final class TypeChanges {
    /** What a type change costs. */
    enum Kind {
        /** Binary-compatible or a wider limit: only the catalogue changes. */
        NO_REWRITE,
        /** The table and its indexes are rewritten. */
        REWRITE,
        /**
         * Rewritten, and existing values may not fit or lose precision; a change after an UPDATE of
         * the table in the same file counts as {@link #REWRITE}.
         */
        NARROWING,
        /** The old type is unknown. */
        UNKNOWN
    }

    record Change(AlterTable statement, AlterAction.AlterColumnType action, Optional<DataType> from, Kind kind) {
        String column() {
            return action.column().raw();
        }

        String to() {
            return action.type().text();
        }
    }

    private static final Map<String, Integer> INTEGER_SIZE =
            Map.of("smallint", 2, "smallserial", 2, "integer", 4, "serial", 4, "bigint", 8, "bigserial", 8);
    private static final Set<String> STRINGS = Set.of("character varying", "text");
    private static final Set<String> TIMES = Set.of(
            "timestamp with time zone",
            "timestamp without time zone",
            "time with time zone",
            "time without time zone",
            "interval");
    private static final Pattern MODS = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");
    private static final int UNLIMITED = Integer.MAX_VALUE;

    private TypeChanges() {}

    static List<Change> of(SqlContext context) {
        List<Change> out = new ArrayList<>();
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.table(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AlterColumnType change) {
                    Optional<DataType> from = context.schemaBefore(alter)
                            .table(alter.table())
                            .flatMap(t -> t.column(change.column().value()))
                            .flatMap(c -> c.type());
                    Kind kind = from.map(f -> classify(f, change.type())).orElse(Kind.UNKNOWN);
                    if (kind == Kind.NARROWING && updatedEarlierInFile(context, alter)) {
                        kind = Kind.REWRITE;
                    }
                    out.add(new Change(alter, change, from, kind));
                }
            }
        }
        return out;
    }

    /** An UPDATE of the table earlier in the file: the usual way to make values fit a narrower type first. */
    private static boolean updatedEarlierInFile(SqlContext context, AlterTable alter) {
        for (Statement s : context.statements()) {
            if (s == alter) {
                return false;
            }
            if (s instanceof Update u
                    && context.tableKey(u, u.table()).equals(context.tableKey(alter, alter.table()))) {
                return true;
            }
        }
        return false;
    }

    static Kind classify(DataType from, DataType to) {
        if (from.text().equals(to.text())) {
            return Kind.NO_REWRITE;
        }
        if (from.isArray() || to.isArray()) {
            return Kind.REWRITE;
        }
        String a = from.name();
        String b = to.name();
        if (STRINGS.contains(a) && STRINGS.contains(b)) {
            return length(to) >= length(from) ? Kind.NO_REWRITE : Kind.NARROWING;
        }
        if ((STRINGS.contains(a) || a.equals("character")) && b.equals("character")) {
            return narrowIf(length(to) < length(from));
        }
        if (a.equals(b) && TIMES.contains(a)) {
            return length(to) >= length(from) ? Kind.NO_REWRITE : Kind.REWRITE;
        }
        if ((STRINGS.contains(a) && b.equals("citext")) || (a.equals("citext") && b.equals("text"))) {
            return Kind.NO_REWRITE;
        }
        if (a.equals("bit varying") && b.equals("bit varying")) {
            return length(to) >= length(from) ? Kind.NO_REWRITE : Kind.NARROWING;
        }
        if (a.equals("cidr") && b.equals("inet")) {
            return Kind.NO_REWRITE;
        }
        if (a.equals("numeric") && b.equals("numeric")) {
            return numeric(from.text(), to.text());
        }
        if (INTEGER_SIZE.containsKey(a) && INTEGER_SIZE.containsKey(b)) {
            return narrowIf(INTEGER_SIZE.get(b) < INTEGER_SIZE.get(a));
        }
        if (a.equals("timestamp with time zone") && b.equals("timestamp without time zone")) {
            return Kind.NARROWING;
        }
        if (a.equals("double precision") && b.equals("real")) {
            return Kind.NARROWING;
        }
        return Kind.REWRITE;
    }

    /** True when a change to this type may avoid a rewrite, whatever the old type was. */
    static boolean mayBeCompatible(DataType to) {
        return !to.isArray()
                && (STRINGS.contains(to.name())
                        || to.name().equals("citext")
                        || to.name().equals("inet")
                        || to.name().equals("bit varying")
                        || to.name().equals("numeric"));
    }

    private static Kind narrowIf(boolean narrower) {
        return narrower ? Kind.NARROWING : Kind.REWRITE;
    }

    private static Kind numeric(String from, String to) {
        Matcher f = MODS.matcher(from);
        Matcher t = MODS.matcher(to);
        boolean fLimited = f.find();
        boolean tLimited = t.find();
        if (!tLimited) {
            return Kind.NO_REWRITE;
        }
        if (!fLimited) {
            return Kind.NARROWING;
        }
        int fp = Integer.parseInt(f.group(1));
        int fs = f.group(2) == null ? 0 : Integer.parseInt(f.group(2));
        int tp = Integer.parseInt(t.group(1));
        int ts = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
        if (ts < fs || tp - ts < fp - fs) {
            return Kind.NARROWING;
        }
        return ts == fs ? Kind.NO_REWRITE : Kind.REWRITE;
    }

    private static int length(DataType t) {
        Matcher m = MODS.matcher(t.text());
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        return t.name().equals("character") ? 1 : UNLIMITED;
    }
}
