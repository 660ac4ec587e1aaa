package dev.archforge.design.requirements;

import java.util.Locale;
import java.util.Optional;

/**
 * The shape of an access pattern's traffic over a day. Human traffic follows the day ({@link
 * #DIURNAL}: the peak is the average times the peak factor); devices and pings send at a steady rate
 * ({@link #STEADY}: the peak is the average).
 */
public enum Shape {
    STEADY,
    DIURNAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Shape> parse(String text) {
        for (Shape s : values()) {
            if (s.id().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
