package dev.archforge.design;

import dev.archforge.design.decision.DecisionRules;
import dev.archforge.design.plan.Question;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question per assumed requirement whose answer changes a decision: which decisions it affects
 * comes from the keys each rule declares it reads, never from a hand-kept list.
 */
final class Questions {
    private static final Map<RequirementKey, String> TEXT = Map.ofEntries(
            Map.entry(RequirementKey.SYSTEM_PURPOSE, "What does the system do, in one sentence?"),
            Map.entry(
                    RequirementKey.AUDIENCE,
                    "Who calls the API: anyone (public), partner companies' systems (partner) or only your own"
                            + " staff and services (internal)?"),
            Map.entry(
                    RequirementKey.FEATURES,
                    "Which features does it need (auth, payments, uploads, search, notifications,"
                            + " realtime, analytics, multi-tenancy, audit)?"),
            Map.entry(RequirementKey.ACTORS, "Who uses it, and which of them are administrators or other systems?"),
            Map.entry(RequirementKey.ENTITIES, "Which records does it keep, and who owns each?"),
            Map.entry(RequirementKey.ACCESS_PATTERNS, "Which reads and writes happen most, filtered and sorted how?"),
            Map.entry(RequirementKey.EVENTS, "Which events do other parts react to?"),
            Map.entry(RequirementKey.REGISTERED_USERS, "How many registered users do you expect in the first year?"),
            Map.entry(RequirementKey.DAILY_ACTIVE_USERS, "How many people use it on a typical day?"),
            Map.entry(RequirementKey.ACTIONS_PER_USER, "How many requests does an active user make per day?"),
            Map.entry(RequirementKey.PEAK_FACTOR, "How much busier is the busiest hour than the average?"),
            Map.entry(
                    RequirementKey.PEAK_RPS, "What is the highest request rate it must survive (launch, flash sale)?"),
            Map.entry(RequirementKey.READ_PERCENT, "What share of requests only read data?"),
            Map.entry(RequirementKey.PAYLOAD_KB, "How big is a typical response, in KB?"),
            Map.entry(RequirementKey.MONTHLY_GROWTH, "How fast does the number of users grow per month?"),
            Map.entry(RequirementKey.RETENTION_MONTHS, "How many months must data be kept?"),
            Map.entry(RequirementKey.REQUESTS_PER_DAY, "How many requests does it serve on a typical day?"),
            Map.entry(RequirementKey.TENANTS, "How many customer organisations (tenants) will it serve?"),
            Map.entry(RequirementKey.TEAM_SIZE, "How many engineers build and run it?"),
            Map.entry(RequirementKey.TEAMS, "How many independent teams work on it?"),
            Map.entry(RequirementKey.SKILLS, "Which technologies does the team know well?"),
            Map.entry(RequirementKey.BUDGET, "What is the monthly infrastructure budget, in US dollars?"),
            Map.entry(RequirementKey.HOSTING, "Must it run on premises, or may it run in the cloud?"),
            Map.entry(RequirementKey.CLOUD, "Which cloud provider?"),
            Map.entry(RequirementKey.COMPLIANCE, "Which compliance regimes apply (GDPR, PCI DSS, HIPAA, SOC 2)?"),
            Map.entry(
                    RequirementKey.AVAILABILITY,
                    "What availability must it reach (99.9 % allows 43 minutes of downtime a" + " month)?"),
            Map.entry(RequirementKey.LATENCY, "Within how many milliseconds must 99 % of requests complete?"),
            Map.entry(RequirementKey.REGIONS, "In which regions may it run?"),
            Map.entry(RequirementKey.DATA_RESIDENCY, "Must data stay within a jurisdiction (eu, us, …)?"),
            Map.entry(RequirementKey.RPO, "How many minutes of data may be lost in a disaster (RPO)?"),
            Map.entry(RequirementKey.RTO, "How many minutes may recovery from a disaster take (RTO)?"),
            Map.entry(
                    RequirementKey.QUALITIES,
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
        Optional<String> known = RequirementKey.ofPath(key).map(TEXT::get);
        if (known.isPresent()) {
            return known.get();
        }
        String[] parts = key.split("\\.");
        if (parts.length == 3
                && parts[0].equals(RequirementKey.ENTITIES.key())
                && parts[2].equals(RequirementKey.ENTITY_GROWTH.key())) {
            return "How many " + parts[1] + " records does an active user create per month?";
        }
        if (parts.length == 2 && parts[0].equals(RequirementKey.ENTITIES.key())) {
            return "Is the assumed entity " + parts[1] + " right?";
        }
        if (parts.length > 2 && parts[0].equals(RequirementKey.ENTITIES.key())) {
            return "Is the assumed " + String.join(" ", List.of(parts).subList(2, parts.length)) + " of " + parts[1]
                    + " right?";
        }
        return "Is the assumed value of " + key + " right?";
    }
}
