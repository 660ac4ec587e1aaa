package dev.archforge.design.plan;

import dev.archforge.model.Location;

/**
 * A problem with the requirements that does not stop the design: a contradiction, an unrealistic
 * number, a risk the user should know about. Printed as {@code file:line:col: warning: message}.
 */
public record Warning(String id, Location location, String message) {}
