/**
 * The requirements file ({@code archforge.yaml}) as records: what the system does, who uses it, its
 * entities, access patterns, scale, team and constraints. Read by {@code RequirementsLoader}.
 */
@NullMarked
package dev.archforge.design.requirements;

import org.jspecify.annotations.NullMarked;
