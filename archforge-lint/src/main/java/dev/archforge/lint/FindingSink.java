package dev.archforge.lint;

import dev.archforge.model.Location;
import java.util.List;

/** Where a rule reports what it found; the engine fills in rule id and severity. */
@FunctionalInterface
public interface FindingSink {
    void report(Location location, String message);

    /**
     * Reports one problem that shows in several places: {@code location} is where it is reported,
     * {@code related} every place it shows. A sink that keeps no places reports it as one.
     */
    default void report(Location location, String message, List<Location> related) {
        report(location, message);
    }
}
