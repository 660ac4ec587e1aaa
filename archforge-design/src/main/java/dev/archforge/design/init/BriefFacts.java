package dev.archforge.design.init;

import static dev.archforge.design.init.Quantities.NUMBER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a brief states about scale and team: "10,000 daily active users", "a team of 4", "2
 * teams", "peaks of 10x", "every 10 seconds", "keep data for 2 years". A phrase counts once: the span of
 * "a team of 4 people" is taken before "4 people" could be read as users. Constraints (availability,
 * compliance, hosting) are read by {@link BriefConstraints}.
 */
final class BriefFacts {
    private static final String N = "(?<![a-z0-9.,])" + NUMBER;
    private static final String WORD = "(?:([a-z-]+)\\s+)?";
    private static final Pattern TEAM_OF = Pattern.compile("team of " + N);
    private static final Pattern DEVELOPERS =
            Pattern.compile(N + "\\s+" + WORD + "(?:developers|engineers|devs|programmers)\\b");
    private static final Pattern SOLO = Pattern.compile("\\b(?:solo developer|just me|by myself|one-person team)\\b");
    private static final Pattern TEAMS = Pattern.compile(N + "\\s+" + WORD + "teams\\b");
    private static final Pattern DAILY = Pattern.compile(N + "\\s+(?:daily active users|daily users|daily actives?|dau"
            + "|(?:active )?(?:users|people|visitors) (?:a|per|each) day)\\b");
    private static final Pattern DEVICES =
            Pattern.compile(N + "\\s+" + WORD + "(?:devices|sensors|machines|vehicles|meters|trackers|gateways)\\b");
    private static final Pattern USERS = Pattern.compile(N + "\\s+" + WORD
            + "(?:users|members|customers|accounts|subscribers|employees|staff|people|players|patients|students"
            + "|clients|agents)\\b");
    private static final Pattern EVERY =
            Pattern.compile("every\\s+(?:" + N + "\\s*)?(second|sec|minute|min|hour)s?\\b");
    private static final Pattern PEAK = Pattern.compile("(?:(?:peak|spike|burst|surge|flash sale)s?[^.]{0,40}?" + N
            + "\\s*(?:x|×|times)(?![a-z]))|(?:" + N + "\\s*(?:x|×|times)\\s+(?:the\\s+)?"
            + "(?:normal|usual|average|typical|regular)\\b)");
    private static final Pattern READS =
            Pattern.compile("(\\d{1,3})\\s*%\\s*(?:of (?:requests|traffic) (?:are )?)?(reads?|writes?)\\b");
    private static final Pattern GROWTH = Pattern.compile(
            "grow(?:s|ing|th)?\\s+(?:of\\s+|by\\s+|at\\s+)?(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:a|per|each|every|/)\\s*month");
    private static final Pattern RETENTION = Pattern.compile("(?:(?:keep|retain|store|hold)[^.]{0,40}?\\bfor\\s+"
            + "|retention\\s+(?:of\\s+|period of\\s+)?)" + N + "\\s*(day|week|month|year)s?\\b");

    private final String text;
    private final List<int[]> taken = new ArrayList<>();
    private final Map<Setting, Object> facts = new EnumMap<>(Setting.class);

    private BriefFacts(String brief) {
        this.text = brief.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The scale and team values {@code brief} states, by setting. */
    static Map<Setting, Object> read(String brief) {
        BriefFacts f = new BriefFacts(brief);
        f.team();
        f.users();
        f.rates();
        return f.facts;
    }

    private void team() {
        first(TEAM_OF).ifPresent(m -> facts.put(Setting.TEAM_SIZE, whole(m, 1)));
        first(DEVELOPERS).ifPresent(m -> facts.putIfAbsent(Setting.TEAM_SIZE, whole(m, 1)));
        first(SOLO).ifPresent(m -> facts.putIfAbsent(Setting.TEAM_SIZE, 1));
        first(TEAMS).ifPresent(m -> facts.put(Setting.TEAMS, whole(m, 1)));
    }

    private void users() {
        first(DAILY).ifPresent(m -> facts.put(Setting.DAILY_ACTIVE_USERS, count(m, 1)));
        first(DEVICES).ifPresent(m -> {
            facts.put(Setting.REGISTERED_USERS, count(m, 1));
            facts.putIfAbsent(Setting.DAILY_ACTIVE_USERS, count(m, 1));
        });
        for (MatchResult m : all(USERS)) {
            String adjective = m.group(3) == null ? "" : m.group(3);
            if (adjective.equals("active")) {
                facts.putIfAbsent(Setting.DAILY_ACTIVE_USERS, count(m, 1));
            } else if (!List.of("concurrent", "simultaneous", "monthly", "weekly")
                    .contains(adjective)) {
                facts.putIfAbsent(Setting.REGISTERED_USERS, count(m, 1));
            }
        }
    }

    private void rates() {
        first(EVERY).ifPresent(m -> {
            double each = m.group(1) == null ? 1 : Quantities.value(m, 1);
            double unit =
                    switch (m.group(3)) {
                        case "second", "sec" -> 1;
                        case "minute", "min" -> 60;
                        default -> 3600;
                    };
            facts.put(Setting.ACTIONS_PER_USER_PER_DAY, Math.rint(86_400 / (each * unit)));
        });
        first(PEAK)
                .ifPresent(m -> facts.put(
                        Setting.PEAK_FACTOR, m.group(1) != null ? Quantities.value(m, 1) : Quantities.value(m, 3)));
        first(READS).ifPresent(m -> {
            double percent = Math.min(100, Double.parseDouble(m.group(1)));
            facts.put(Setting.READ_PERCENT, m.group(2).startsWith("read") ? percent : 100 - percent);
        });
        first(GROWTH).ifPresent(m -> facts.put(Setting.MONTHLY_GROWTH_PERCENT, Double.parseDouble(m.group(1))));
        first(RETENTION).ifPresent(m -> {
            double n = Quantities.value(m, 1);
            double months =
                    switch (m.group(3)) {
                        case "day" -> n / 30;
                        case "week" -> n * 7 / 30;
                        case "year" -> n * 12;
                        default -> n;
                    };
            facts.put(Setting.RETENTION_MONTHS, (int) Math.max(1, Math.ceil(months)));
        });
    }

    private Optional<MatchResult> first(Pattern p) {
        List<MatchResult> found = all(p);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every match of {@code p} not overlapping a phrase already read, each then taken. */
    private List<MatchResult> all(Pattern p) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (taken.stream().noneMatch(t -> start < t[1] && t[0] < end)) {
                taken.add(new int[] {start, end});
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    private static int whole(MatchResult m, int at) {
        return (int) Math.max(1, Math.round(Quantities.value(m, at)));
    }

    private static long count(MatchResult m, int at) {
        return Math.max(1, Math.round(Quantities.value(m, at)));
    }
}
