package dev.archforge.pg;

import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's built-in type names. {@link #canonical} gives the name {@code format_type} prints for a
 * one-word alias ({@code int8} is {@code bigint}, {@code varchar} is {@code character varying}), so a
 * schema compares types by one spelling. {@code timestamptz}, {@code timetz} and {@code float(p)} are
 * left to the caller: their canonical names put the modifiers in the middle ({@code timestamp(3) with
 * time zone}) or depend on them.
 */
public final class TypeNames {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("serial4", "serial"),
            Map.entry("serial8", "bigserial"),
            Map.entry("serial2", "smallserial"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("decimal", "numeric"),
            Map.entry("dec", "numeric"),
            Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("bpchar", "character"),
            Map.entry("varbit", "bit varying"));

    /**
     * The general-purpose types of the "Data Types" chapter (Table 8.1) under their canonical names,
     * the short forms PostgreSQL also accepts, and the pseudo-types a function may return.
     */
    private static final Set<String> BUILT_IN = Set.of(
            "bigint",
            "bigserial",
            "bit",
            "bit varying",
            "boolean",
            "box",
            "bytea",
            "character",
            "character varying",
            "cidr",
            "circle",
            "date",
            "double precision",
            "float",
            "inet",
            "integer",
            "interval",
            "json",
            "jsonb",
            "line",
            "lseg",
            "macaddr",
            "macaddr8",
            "money",
            "numeric",
            "path",
            "pg_lsn",
            "pg_snapshot",
            "point",
            "polygon",
            "real",
            "smallint",
            "smallserial",
            "serial",
            "text",
            "time",
            "timetz",
            "timestamp",
            "timestamptz",
            "tsquery",
            "tsvector",
            "txid_snapshot",
            "uuid",
            "xml",
            "trigger",
            "event_trigger",
            "void",
            "record");

    private TypeNames() {}

    /** The name {@code format_type} prints for the lower-case built-in {@code name}: itself unless an alias. */
    public static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /** True when the lower-case {@code name} (an alias or not, without modifiers) is a built-in type. */
    public static boolean isBuiltIn(String name) {
        return BUILT_IN.contains(name) || ALIASES.containsKey(name);
    }
}
