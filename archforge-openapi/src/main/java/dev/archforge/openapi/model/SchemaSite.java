package dev.archforge.openapi.model;

import dev.archforge.source.ObjectNode;
import java.util.Optional;

/**
 * A schema object and where it sits.
 *
 * @param schema the schema object itself (never a bare {@code $ref})
 * @param role where the outermost schema it belongs to is used
 * @param property the property name when this schema is the value of a {@code properties} entry
 * @param parent the schema whose {@code properties} hold this one, when it is a property
 */
public record SchemaSite(ObjectNode schema, Role role, Optional<String> property, Optional<ObjectNode> parent) {

    /** Where a schema is used. Component schemas may be used anywhere: ask {@link ApiDocument#usage}. */
    public enum Role {
        COMPONENT,
        REQUEST,
        RESPONSE,
        PARAMETER,
        HEADER
    }

    public boolean isProperty() {
        return property.isPresent();
    }
}
