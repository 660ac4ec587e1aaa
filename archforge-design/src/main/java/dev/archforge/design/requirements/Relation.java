package dev.archforge.design.requirements;

import dev.archforge.model.Location;

/**
 * A reference from one entity to another, written {@code belongs-to User [optional] [as author]}.
 *
 * @param name the role name, used for the column ({@code author_id}); defaults to the target in snake case
 */
public record Relation(RelationKind kind, String target, String name, boolean optional, Location location) {}
