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

    /** A value for a setting of scale, team, constraints or system. */
    record Stated(Setting setting, Object value, String source, int at, Optional<String> warning) implements Claim {
        Stated(Setting setting, Object value, String source, int at) {
            this(setting, value, source, at, Optional.empty());
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
     */
    record Rate(String noun, boolean perActor, String frequency, double perUserPerDay, String source, int at)
            implements Claim {}

    /** How long records are kept: of one kind ({@code noun}), or all of them ({@code noun} empty). */
    record Keep(String noun, Retention retention, String source, int at) implements Claim {}

    /** How large one record or request is: "200-byte pings". */
    record Size(String noun, long bytes, String source, int at) implements Claim {}

    /** A fact no key holds, kept to be shown with why. */
    record Unmapped(Object value, String source, String why, int at) implements Claim {}
}
