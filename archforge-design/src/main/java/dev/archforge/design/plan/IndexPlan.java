package dev.archforge.design.plan;

import java.util.List;

/**
 * An index the schema needs, and why.
 *
 * @param entity the entity whose table it is on
 * @param columns column names in index order (snake_case, as {@link Names} derives them)
 * @param reason the access pattern or foreign key it serves
 */
public record IndexPlan(String entity, List<String> columns, boolean unique, String reason) {
    public IndexPlan {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an index needs columns");
        }
    }
}
