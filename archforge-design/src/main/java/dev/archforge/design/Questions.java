package dev.archforge.design;

import dev.archforge.design.decision.DecisionRules;
import dev.archforge.design.decision.Keys;
import dev.archforge.design.plan.Question;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One question per assumed requirement whose answer changes a decision: which decisions it affects
 * comes from the keys each rule declares it reads, never from a hand-kept list.
 */
final class Questions {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry(Keys.SYSTEM_PURPOSE, "What does the system do, in one sentence?"),
            Map.entry(
                    Keys.AUDIENCE,
                    "Who calls the API: anyone (public), partner companies' systems (partner) or only your own"
                            + " staff and services (internal)?"),
            Map.entry(
                    Keys.FEATURES,
                    "Which features does it need (auth, payments, uploads, search, notifications,"
                            + " realtime, analytics, multi-tenancy, audit)?"),
            Map.entry(Keys.ACTORS, "Who uses it, and which of them are administrators or other systems?"),
            Map.entry(Keys.ENTITIES, "Which records does it keep, and who owns each?"),
            Map.entry(Keys.ACCESS_PATTERNS, "Which reads and writes happen most, filtered and sorted how?"),
            Map.entry(Keys.EVENTS, "Which events do other parts react to?"),
            Map.entry(Keys.REGISTERED_USERS, "How many registered users do you expect in the first year?"),
            Map.entry(Keys.DAILY_ACTIVE_USERS, "How many people use it on a typical day?"),
            Map.entry(Keys.ACTIONS_PER_USER, "How many requests does an active user make per day?"),
            Map.entry(Keys.PEAK_FACTOR, "How much busier is the busiest hour than the average?"),
            Map.entry(Keys.PEAK_RPS, "What is the highest request rate it must survive (launch, flash sale)?"),
            Map.entry(Keys.READ_PERCENT, "What share of requests only read data?"),
            Map.entry(Keys.PAYLOAD_KB, "How big is a typical response, in KB?"),
            Map.entry(Keys.MONTHLY_GROWTH, "How fast does the number of users grow per month?"),
            Map.entry(Keys.RETENTION_MONTHS, "How many months must data be kept?"),
            Map.entry(Keys.REQUESTS_PER_DAY, "How many requests does it serve on a typical day?"),
            Map.entry(Keys.TENANTS, "How many customer organisations (tenants) will it serve?"),
            Map.entry(Keys.TEAM_SIZE, "How many engineers build and run it?"),
            Map.entry(Keys.TEAMS, "How many independent teams work on it?"),
            Map.entry(Keys.SKILLS, "Which technologies does the team know well?"),
            Map.entry(Keys.BUDGET, "What is the monthly infrastructure budget, in US dollars?"),
            Map.entry(Keys.HOSTING, "Must it run on premises, or may it run in the cloud?"),
            Map.entry(Keys.CLOUD, "Which cloud provider?"),
            Map.entry(Keys.COMPLIANCE, "Which compliance regimes apply (GDPR, PCI DSS, HIPAA, SOC 2)?"),
            Map.entry(
                    Keys.AVAILABILITY,
                    "What availability must it reach (99.9 % allows 43 minutes of downtime a" + " month)?"),
            Map.entry(Keys.LATENCY, "Within how many milliseconds must 99 % of requests complete?"),
            Map.entry(Keys.REGIONS, "In which regions may it run?"),
            Map.entry(Keys.DATA_RESIDENCY, "Must data stay within a jurisdiction (eu, us, …)?"),
            Map.entry(Keys.RPO, "How many minutes of data may be lost in a disaster (RPO)?"),
            Map.entry(Keys.RTO, "How many minutes may recovery from a disaster take (RTO)?"),
            Map.entry(
                    Keys.QUALITIES,
                    "Which qualities must it keep (no data loss, no duplicates, strong consistency, low latency,"
                            + " offline use)?"));

    private Questions() {}

    static List<Question> of(Requirements req) {
        List<Question> out = new ArrayList<>();
        for (String key : req.assumptions()) {
            List<String> affects = DecisionRules.affectedBy(key);
            if (!affects.isEmpty()) {
                out.add(new Question(key, text(key), RequirementValues.of(req, key), affects));
            }
        }
        return List.copyOf(out);
    }

    /** The question for a key; keys under an entity ask about that entity. */
    static String text(String key) {
        String known = TEXT.get(key);
        if (known != null) {
            return known;
        }
        String[] parts = key.split("\\.");
        if (parts.length == 3 && parts[0].equals(Keys.ENTITIES) && parts[2].equals("growth-per-user-per-month")) {
            return "How many " + parts[1] + " records does an active user create per month?";
        }
        if (parts.length == 2 && parts[0].equals(Keys.ENTITIES)) {
            return "Is the assumed entity " + parts[1] + " right?";
        }
        if (parts.length > 2 && parts[0].equals(Keys.ENTITIES)) {
            return "Is the assumed " + String.join(" ", List.of(parts).subList(2, parts.length)) + " of " + parts[1]
                    + " right?";
        }
        return "Is the assumed value of " + key + " right?";
    }
}
