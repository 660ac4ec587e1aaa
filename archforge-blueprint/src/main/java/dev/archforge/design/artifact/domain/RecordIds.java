package dev.archforge.design.artifact.domain;

/**
 * How records are identified, said once so the schema, the API and the security notes agree:
 * {@code bigint GENERATED ALWAYS AS IDENTITY} in PostgreSQL, a positive {@code int64} integer in
 * JSON. Sequential ids are not secrets; every read checks the caller's reach instead.
 */
public final class RecordIds {
    /** The PostgreSQL type of every {@code id} and every reference to one. */
    public static final String SQL_TYPE = "bigint";
    /** The JSON Schema type and format of an id in the API. */
    public static final String JSON_TYPE = "integer";

    public static final String JSON_FORMAT = "int64";

    private RecordIds() {}

    /** The sentence the security notes give about identifiers. */
    public static String securityNote() {
        return "Identifiers are " + SQL_TYPE + " identities the database assigns in order (" + JSON_TYPE + ", "
                + JSON_FORMAT + " in the API): they are not secrets, so the ownership check, not the id, protects"
                + " a record, and a guessed id answers 404 like a missing one.";
    }
}
