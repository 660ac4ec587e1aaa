package dev.archforge.design.artifact.sql.ddl;

import dev.archforge.design.artifact.domain.OnDelete;
import java.util.List;

/** A named table constraint. */
public sealed interface TableConstraint {
    String name();

    record PrimaryKey(String name, List<String> columns) implements TableConstraint {
        public PrimaryKey {
            Identifiers.check(name);
            columns = List.copyOf(columns);
        }
    }

    /**
     * A foreign key.
     *
     * @param deferred {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit, after every ON DELETE action
     *     of the transaction has run
     */
    record ForeignKey(
            String name,
            List<String> columns,
            String table,
            List<String> referenced,
            OnDelete onDelete,
            boolean deferred)
            implements TableConstraint {
        public ForeignKey(String name, List<String> columns, String table, List<String> referenced, OnDelete onDelete) {
            this(name, columns, table, referenced, onDelete, false);
        }

        public ForeignKey {
            Identifiers.check(name);
            columns = List.copyOf(columns);
            referenced = List.copyOf(referenced);
            if (columns.size() != referenced.size() || columns.isEmpty()) {
                throw new IllegalArgumentException(
                        "foreign key " + name + " must pair its columns with the referenced ones");
            }
        }
    }

    /** {@code UNIQUE (columns)}: also what a composite foreign key may reference. */
    record Unique(String name, List<String> columns) implements TableConstraint {
        public Unique {
            Identifiers.check(name);
            columns = List.copyOf(columns);
        }
    }

    record Check(String name, Expr condition) implements TableConstraint {
        public Check {
            Identifiers.check(name);
        }
    }
}
