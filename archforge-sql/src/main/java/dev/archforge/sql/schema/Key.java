package dev.archforge.sql.schema;

import java.util.List;

/** A primary key or unique constraint: its name and columns. Each has a unique index behind it. */
public record Key(String name, List<String> columns) {
    public Key {
        columns = List.copyOf(columns);
    }
}
