package dev.archforge.sql.schema;

import dev.archforge.sql.ast.DataType;
import java.util.Optional;

/**
 * A column as the schema has it now. The type is absent when no statement said it (a column
 * inherited from a table the files never created).
 */
public record TableColumn(
        String name, Optional<DataType> type, boolean notNull, Optional<String> defaultValue, boolean hasDefault) {}
