package dev.archforge.sql.schema;

import dev.archforge.sql.ast.QualifiedName;
import java.util.List;

/** An enum type and its labels in order. */
public record EnumType(QualifiedName name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }
}
