package dev.archforge.design.init;

import dev.archforge.design.requirements.Retention;
import java.util.Optional;

/**
 * What a phrase of the brief says, before it is tied to the draft's actors, entities and patterns: a
 * setting's value outright, or a count, rate, retention or size of something the brief names.
 */
sealed interface Claim {
    /** The brief's own words. */
    String source();

    /** Where the phrase starts in the marked text, to find the action it belongs to. */
    int at();

    /**
     * A value for a setting of scale, team, constraints or system.
     *
     * @param shown the value with the figure the brief gave, when the value hides it: {@code 2000 per
     *     second = 172800000 per day}; empty when the value is the figure
     */
    record Stated(
            Setting setting, Object value, String source, int at, Optional<String> warning, Optional<String> shown)
            implements Claim {
        Stated(Setting setting, Object value, String source, int at, Optional<String> warning) {
            this(setting, value, source, at, warning, Optional.empty());
        }

        Stated(Setting setting, Object value, String source, int at) {
            this(setting, value, source, at, Optional.empty());
        }

        /** This claim shown as {@code stated = value unit}, unless the value already states it. */
        Stated showing(String stated, String unit) {
            return new Stated(
                    setting,
                    value,
                    source,
                    at,
                    warning,
                    Facts.both(stated, value).map(s -> s + unit));
        }
    }

    /** How many of an actor there are: "20,000 drivers", "2M devices". */
    record Count(String actor, long value, String source, int at) implements Claim {}

    /**
     * How often something happens.
     *
     * @param noun what happens, singular ("trip"); empty when the phrase names nothing
     * @param perActor true for a rate of each member of an actor ("every 4 seconds")
     * @param frequency the frequency as the file writes it: {@code 1 per 4 seconds per actor}, {@code
     *     150000 per day}
     * @param perUserPerDay the same rate per actor per day, for when it must be given per user
     * @param stated the rate as the brief gave it: {@code 1 per 5 seconds}, {@code 500 per week}
     */
    record Rate(
            String noun, boolean perActor, String frequency, double perUserPerDay, String source, int at, String stated)
            implements Claim {}

    /**
     * How long records are kept: of one kind ({@code noun}), or all of them ({@code noun} empty).
     *
     * @param stated the period as the brief gave it ({@code 10 years}), empty for "forever"
     */
    record Keep(String noun, Retention retention, String source, int at, String stated) implements Claim {}

    /** How large one record or request is: "200-byte pings"; {@code stated} as the brief gave it, "5 MB". */
    record Size(String noun, long bytes, String source, int at, String stated) implements Claim {}

    /** A fact no key holds, kept to be shown with why. */
    record Unmapped(Object value, String source, String why, int at) implements Claim {}
}
