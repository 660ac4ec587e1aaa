package dev.archforge.design;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.decision.Keys;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import dev.archforge.design.requirements.Team;
import java.util.Optional;
import java.util.StringJoiner;

/** The value a requirement key has, as text for a question's assumed answer. */
final class RequirementValues {
    private RequirementValues() {}

    static String of(Requirements req, String key) {
        Scale s = req.scale();
        Team t = req.team();
        Constraints c = req.constraints();
        return switch (key) {
            case Keys.SYSTEM_PURPOSE -> req.system().purpose();
            case Keys.AUDIENCE -> req.system().audience();
            case Keys.FEATURES -> features(req);
            case Keys.ACTORS -> Integer.toString(req.actors().size()) + " actors";
            case Keys.ENTITIES -> Integer.toString(req.entities().size()) + " entities";
            case Keys.ACCESS_PATTERNS -> Integer.toString(req.accessPatterns().size()) + " access patterns";
            case Keys.EVENTS -> Integer.toString(req.events().size()) + " events";
            case Keys.REGISTERED_USERS -> Numbers.format(s.registeredUsers());
            case Keys.DAILY_ACTIVE_USERS -> Numbers.format(s.dailyActiveUsers());
            case Keys.ACTIONS_PER_USER -> Numbers.format(s.actionsPerUserPerDay());
            case Keys.PEAK_FACTOR -> Numbers.format(s.peakFactor());
            case Keys.PEAK_RPS ->
                s.peakRps().isPresent() ? Numbers.format(s.peakRps().getAsDouble()) : "not set";
            case Keys.READ_PERCENT -> Numbers.format(s.readPercent());
            case Keys.PAYLOAD_KB -> Numbers.format(s.payloadKb());
            case Keys.MONTHLY_GROWTH -> Numbers.format(s.monthlyGrowthPercent());
            case Keys.RETENTION_MONTHS -> Integer.toString(s.retentionMonths());
            case Keys.REQUESTS_PER_DAY ->
                s.requestsPerDay().isPresent()
                        ? Numbers.format(s.requestsPerDay().getAsDouble())
                        : "not set";
            case Keys.TENANTS ->
                s.tenants().isPresent() ? Numbers.format(s.tenants().getAsLong()) : "not set";
            case Keys.TEAM_SIZE -> Integer.toString(t.size());
            case Keys.TEAMS -> Integer.toString(t.teams());
            case Keys.SKILLS -> t.skills().toString();
            case Keys.BUDGET ->
                c.budgetPerMonth().isPresent()
                        ? Integer.toString(c.budgetPerMonth().getAsInt())
                        : "not set";
            case Keys.HOSTING -> c.hosting();
            case Keys.CLOUD -> c.cloud();
            case Keys.COMPLIANCE -> c.compliance().toString();
            case Keys.AVAILABILITY -> Numbers.format(c.availability());
            case Keys.LATENCY -> Integer.toString(c.latencyP99Ms());
            case Keys.REGIONS -> c.regions().toString();
            case Keys.DATA_RESIDENCY -> c.dataResidency();
            case Keys.RPO -> Integer.toString(c.rpoMinutes());
            case Keys.RTO -> Integer.toString(c.rtoMinutes());
            case Keys.QUALITIES -> c.qualities().toString();
            default -> entityValue(req, key).orElse("as written in " + req.file());
        };
    }

    private static Optional<String> entityValue(Requirements req, String key) {
        String[] parts = key.split("\\.");
        if (parts.length != 3 || !parts[0].equals(Keys.ENTITIES)) {
            return Optional.empty();
        }
        Optional<Entity> entity = req.entity(parts[1]);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        return switch (parts[2]) {
            case "growth-per-user-per-month" ->
                Optional.of(Numbers.format(entity.get().growthPerUserPerMonth()));
            case "owner" -> Optional.of(entity.get().owner().orElse("none"));
            case "states" -> Optional.of(entity.get().states().toString());
            default -> Optional.empty();
        };
    }

    private static String features(Requirements req) {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        req.features().forEach(f -> out.add(f.id()));
        return out.toString();
    }
}
