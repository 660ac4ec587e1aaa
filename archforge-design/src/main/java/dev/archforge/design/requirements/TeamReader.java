package dev.archforge.design.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code team}. Defaults: {@value #SIZE} people, one team per {@value #PER_TEAM} people
 * (rounded up), no skills stated.
 */
final class TeamReader {
    static final long SIZE = 3;
    static final long PER_TEAM = 8;

    private TeamReader() {}

    static Team read(Section top, Set<String> assumed) {
        Answers a = Answers.of(top, RequirementKey.TEAM, assumed);
        Section s = a.section();
        long size = a.whole(RequirementKey.TEAM_SIZE, 1, 100_000, SIZE);
        long teams = a.whole(RequirementKey.TEAMS, 1, 10_000, (size + PER_TEAM - 1) / PER_TEAM);
        if (a.given(RequirementKey.TEAMS) && teams > size) {
            s.report(
                    s.get(RequirementKey.TEAMS).orElseThrow().location(),
                    "'teams' (" + teams + ") in team exceeds 'size' (" + size
                            + "), expected at most one team per person");
        }
        List<String> skills = new ArrayList<>();
        for (Text t : a.texts(RequirementKey.SKILLS)) {
            if (!Patterns.SKILL.matcher(t.value()).matches()) {
                s.report(
                        t.location(),
                        "skill '" + t.value() + "' in team is not lower-case, expected a name such as 'java'");
            } else if (skills.contains(t.value())) {
                s.report(t.location(), "skill '" + t.value() + "' in team is listed twice");
            } else {
                skills.add(t.value());
            }
        }
        return new Team((int) size, (int) teams, skills);
    }
}
