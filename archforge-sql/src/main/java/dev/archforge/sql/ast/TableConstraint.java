package dev.archforge.sql.ast;

import java.util.List;
import java.util.Optional;

/**
 * A constraint of a table, written on the table or inline on a column (then its column list is
 * that column). The name is there when the SQL gave one.
 */
public sealed interface TableConstraint
        permits TableConstraint.PrimaryKey,
                TableConstraint.Unique,
                TableConstraint.ForeignKey,
                TableConstraint.Check,
                TableConstraint.Exclude {

    Optional<Ident> name();

    Span span();

    /** {@code PRIMARY KEY (columns)}, or {@code PRIMARY KEY USING INDEX index} in ALTER TABLE. */
    record PrimaryKey(
            Optional<Ident> name, List<Ident> columns, Optional<Ident> usingIndex, boolean deferrable, Span span)
            implements TableConstraint {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }
    }

    /** {@code UNIQUE (columns)}, or {@code UNIQUE USING INDEX index} in ALTER TABLE. */
    record Unique(
            Optional<Ident> name,
            List<Ident> columns,
            Optional<Ident> usingIndex,
            boolean nullsNotDistinct,
            boolean deferrable,
            Span span)
            implements TableConstraint {
        public Unique {
            columns = List.copyOf(columns);
        }
    }

    /** {@code FOREIGN KEY (columns) REFERENCES ...}. */
    record ForeignKey(Optional<Ident> name, List<Ident> columns, References references, boolean deferrable, Span span)
            implements TableConstraint {
        public ForeignKey {
            columns = List.copyOf(columns);
        }
    }

    /** {@code CHECK (expression)}; the expression text is normalized token text. */
    record Check(Optional<Ident> name, String expression, Span span) implements TableConstraint {}

    /** {@code EXCLUDE USING ...}, kept as text. */
    record Exclude(Optional<Ident> name, String text, Span span) implements TableConstraint {}
}
