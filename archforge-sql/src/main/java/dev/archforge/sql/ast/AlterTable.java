package dev.archforge.sql.ast;

import java.util.List;

/** {@code ALTER TABLE [IF EXISTS] [ONLY] name action, ...}. */
public record AlterTable(QualifiedName table, boolean only, boolean ifExists, List<AlterAction> actions, Span span)
        implements Statement {
    public AlterTable {
        actions = List.copyOf(actions);
    }
}
