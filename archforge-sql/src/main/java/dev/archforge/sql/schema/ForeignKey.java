package dev.archforge.sql.schema;

import java.util.List;
import java.util.Optional;

/**
 * A foreign key of a table.
 *
 * @param referencedTable the key of the referenced table in {@link Schema} (see {@code QualifiedName.key()})
 * @param valid false while added {@code NOT VALID} and not yet validated
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        Optional<String> onDelete,
        boolean valid) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
