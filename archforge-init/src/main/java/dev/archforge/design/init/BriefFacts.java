package dev.archforge.design.init;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code init} reads from a brief: the marked text, who does what ({@link Sketch}), and the
 * claims of every phrase that states a quantity or a constraint. The readers run in an order where the
 * more specific phrase wins: people and the team first ("a team of 4 people" is not 4 users), data
 * before limits ("kept for 6 weeks" is no deadline), limits before rates ("$500 a month" is no rate), and
 * last every number no reader took, so none is dropped.
 */
final class BriefFacts {
    private BriefFacts() {}

    /** What a brief says. */
    record Reading(Marked marked, Sketch sketch, List<Claim> claims) {
        Reading {
            claims = List.copyOf(claims);
        }
    }

    static Reading read(String brief) {
        Marked marked = Marked.of(brief);
        Scan scan = new Scan(marked);
        RateReader.readCrowds(scan);
        PeopleReader.read(scan);
        DataReader.read(scan);
        LimitReader.read(scan);
        RateReader.read(scan);
        LooseNumbers.read(scan);
        List<Claim> claims = new ArrayList<>(scan.claims());
        claims.addAll(BriefConstraints.read(brief));
        claims.addAll(BriefNames.read(brief));
        return new Reading(marked, Sketch.of(marked.text()), claims);
    }

    /**
     * The first value each setting is given, for the settings a brief states outright and the retention
     * of all its data; what needs the draft's actors and entities to bind is left out.
     */
    static Map<Setting, Object> settings(String brief) {
        Map<Setting, Object> out = new EnumMap<>(Setting.class);
        for (Claim c : read(brief).claims()) {
            if (c instanceof Claim.Stated s) {
                out.putIfAbsent(s.setting(), s.value());
            } else if (c instanceof Claim.Keep k
                    && k.noun().isEmpty()
                    && !k.retention().forever()) {
                out.putIfAbsent(Setting.RETENTION_MONTHS, k.retention().months());
            }
        }
        return out;
    }
}
