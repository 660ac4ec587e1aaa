package dev.archforge.design.requirements;

import java.util.Locale;
import java.util.Optional;

/** A capability the system offers; each one pulls in entities, decisions and risks. */
public enum Feature {
    ANALYTICS,
    AUDIT,
    AUTH,
    INVENTORY,
    LEDGER,
    LOCATION,
    MEDIA,
    MODEL_SERVING,
    MULTI_TENANCY,
    NOTIFICATIONS,
    PAYMENTS,
    REALTIME,
    SEARCH,
    SSO,
    UPLOADS;

    /** The kebab-case name used in {@code archforge.yaml}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Feature> parse(String text) {
        for (Feature f : values()) {
            if (f.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
