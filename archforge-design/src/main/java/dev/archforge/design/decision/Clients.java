package dev.archforge.design.decision;

import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.Requirements;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What kinds of client the requirements describe, from their own words and records. */
final class Clients {
    private static final Pattern MOBILE_WORDS =
            Pattern.compile("\\b(phones?|mobile|ios|android|smartphones?|apps?)\\b");
    private static final List<String> PLATFORMS = List.of("ios", "android");

    private Clients() {}

    /**
     * Whether people use the system through a mobile app, so that push notifications can reach them: a
     * record that keeps iOS or Android device tokens, or a phone or app named in the purpose or an actor.
     */
    static boolean mobile(Requirements req) {
        for (Entity e : req.entities()) {
            for (Field f : e.fields()) {
                if (f.values().stream().anyMatch(v -> PLATFORMS.contains(v.toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
        }
        if (MOBILE_WORDS
                .matcher(req.system().purpose().toLowerCase(Locale.ROOT))
                .find()) {
            return true;
        }
        for (Actor a : req.actors()) {
            if (MOBILE_WORDS.matcher(a.description().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }
}
