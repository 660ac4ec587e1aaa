package dev.archforge.design.requirements;

import dev.archforge.model.Location;

/**
 * Someone or something that uses the system: a role in authorization. {@code admin} is true for staff
 * who may act on every record; {@code external} for other systems calling the API.
 */
public record Actor(String name, String description, boolean admin, boolean external, Location location) {}
