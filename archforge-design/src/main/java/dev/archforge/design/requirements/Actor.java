package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import java.util.OptionalLong;

/**
 * Someone or something that uses the system: a role in authorization. {@code admin} is true for staff
 * who may act on every record; {@code external} for other systems and devices calling the API.
 *
 * @param count how many of this actor exist (20,000 drivers, 2 million devices), when stated; per-actor
 *     frequencies multiply by it
 */
public record Actor(
        String name, String description, boolean admin, boolean external, Location location, OptionalLong count) {
    public Actor(String name, String description, boolean admin, boolean external, Location location) {
        this(name, description, admin, external, location, OptionalLong.empty());
    }
}
