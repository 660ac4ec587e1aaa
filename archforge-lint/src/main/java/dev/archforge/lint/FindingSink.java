package dev.archforge.lint;

import dev.archforge.model.Location;

/** Where a rule reports what it found; the engine fills in rule id and severity. */
@FunctionalInterface
public interface FindingSink {
    void report(Location location, String message);
}
