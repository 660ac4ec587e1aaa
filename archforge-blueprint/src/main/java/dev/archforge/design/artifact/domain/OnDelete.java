package dev.archforge.design.artifact.domain;

/**
 * What happens to a record when the record it refers to is deleted. Chosen by ownership, so the
 * schema's foreign keys and the API's delete descriptions say the same thing.
 */
public enum OnDelete {
    /** The record is part of its owner or parent and goes with it (account erasure removes the data). */
    CASCADE("CASCADE"),
    /** An optional reference: the record outlives the one it points to. */
    SET_NULL("SET NULL"),
    /** A required reference to an independent record: that record cannot be deleted while referenced. */
    RESTRICT("RESTRICT"),
    /**
     * Checked when the constraint is (possibly at commit): a second, tenant-scoped key beside one that
     * sets null, so the null is set before the check runs.
     */
    NO_ACTION("NO ACTION");

    private final String sql;

    OnDelete(String sql) {
        this.sql = sql;
    }

    /** The action as written after {@code ON DELETE}. */
    public String sql() {
        return sql;
    }
}
