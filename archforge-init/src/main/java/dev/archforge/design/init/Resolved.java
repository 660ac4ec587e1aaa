package dev.archforge.design.init;

import java.util.Map;

/** A drafted value and where it came from. */
record Resolved(Object value, Source source) {
    boolean assumed() {
        return source == Source.ASSUMED;
    }

    /**
     * The value of {@code setting} in a draft's resolved settings. Defaults resolves every setting a
     * draft asks about, so a missing one is a bug here, not a user's error: it fails naming the setting.
     */
    static Resolved of(Map<Setting, Resolved> values, Setting setting) {
        Resolved r = values.get(setting);
        if (r == null) {
            throw new IllegalStateException("no resolved value for " + setting.key());
        }
        return r;
    }
}
