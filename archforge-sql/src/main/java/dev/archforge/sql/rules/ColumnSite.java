package dev.archforge.sql.rules;

import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.schema.TableColumn;
import java.util.Optional;

/**
 * A place where a file gives a column its type: a column of CREATE TABLE, ADD COLUMN, or ALTER
 * COLUMN ... TYPE.
 *
 * @param table the table's name in the statement
 * @param finalColumn the column in the final schema, when the table and column still exist there
 * @param identity true when the site declares the column {@code GENERATED ... AS IDENTITY}
 */
public record ColumnSite(
        Statement statement,
        Span span,
        QualifiedName table,
        String column,
        DataType type,
        Optional<TableColumn> finalColumn,
        boolean identity) {

    /** True when the column still has a type of this name at the end (a later change did not fix it). */
    public boolean finallyHasType(String typeName) {
        return finalColumn
                .flatMap(TableColumn::type)
                .map(t -> t.name().equals(typeName))
                .orElse(false);
    }
}
