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

    record ForeignKey(String name, List<String> columns, String table, List<String> referenced, OnDelete onDelete)
            implements TableConstraint {
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

    record Check(String name, Expr condition) implements TableConstraint {
        public Check {
            Identifiers.check(name);
        }
    }
}
