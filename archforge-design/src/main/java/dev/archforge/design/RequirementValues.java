package dev.archforge.design;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import dev.archforge.design.requirements.Team;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** The value a requirement key has, as text for a question's assumed answer. */
final class RequirementValues {
    private RequirementValues() {}

    static String of(Requirements req, String key) {
        return RequirementKey.ofPath(key)
                .flatMap(k -> of(req, k))
                .or(() -> entityValue(req, key))
                .orElse("as written in " + req.file());
    }

    private static Optional<String> of(Requirements req, RequirementKey key) {
        Scale s = req.scale();
        Team t = req.team();
        Constraints c = req.constraints();
        @Nullable
        String value =
                switch (key) {
                    case SYSTEM_PURPOSE -> req.system().purpose();
                    case AUDIENCE -> req.system().audience();
                    case FEATURES -> features(req);
                    case ACTORS -> Integer.toString(req.actors().size()) + " actors";
                    case ENTITIES -> Integer.toString(req.entities().size()) + " entities";
                    case ACCESS_PATTERNS ->
                        Integer.toString(req.accessPatterns().size()) + " access patterns";
                    case EVENTS -> Integer.toString(req.events().size()) + " events";
                    case REGISTERED_USERS -> Numbers.format(s.registeredUsers());
                    case DAILY_ACTIVE_USERS -> Numbers.format(s.dailyActiveUsers());
                    case ACTIONS_PER_USER -> Numbers.format(s.actionsPerUserPerDay());
                    case PEAK_FACTOR -> Numbers.format(s.peakFactor());
                    case PEAK_RPS ->
                        s.peakRps().isPresent() ? Numbers.format(s.peakRps().getAsDouble()) : "not set";
                    case READ_PERCENT -> Numbers.format(s.readPercent());
                    case PAYLOAD_KB -> Numbers.format(s.payloadKb());
                    case MONTHLY_GROWTH -> Numbers.format(s.monthlyGrowthPercent());
                    case RETENTION_MONTHS -> Integer.toString(s.retentionMonths());
                    case REQUESTS_PER_DAY ->
                        s.requestsPerDay().isPresent()
                                ? Numbers.format(s.requestsPerDay().getAsDouble())
                                : "not set";
                    case TENANTS ->
                        s.tenants().isPresent() ? Numbers.format(s.tenants().getAsLong()) : "not set";
                    case TEAM_SIZE -> Integer.toString(t.size());
                    case TEAMS -> Integer.toString(t.teams());
                    case SKILLS -> t.skills().toString();
                    case BUDGET ->
                        c.budgetPerMonth().isPresent()
                                ? Integer.toString(c.budgetPerMonth().getAsInt())
                                : "not set";
                    case HOSTING -> c.hosting();
                    case CLOUD -> c.cloud();
                    case COMPLIANCE -> c.compliance().toString();
                    case AVAILABILITY -> Numbers.format(c.availability());
                    case LATENCY -> Integer.toString(c.latencyP99Ms());
                    case REGIONS -> c.regions().toString();
                    case DATA_RESIDENCY -> c.dataResidency();
                    case RPO -> Integer.toString(c.rpoMinutes());
                    case RTO -> Integer.toString(c.rtoMinutes());
                    case QUALITIES -> c.qualities().toString();
                    default -> null;
                };
        return Optional.ofNullable(value);
    }

    private static Optional<String> entityValue(Requirements req, String key) {
        String[] parts = key.split("\\.");
        if (parts.length != 3 || !parts[0].equals(RequirementKey.ENTITIES.key())) {
            return Optional.empty();
        }
        Optional<Entity> entity = req.entity(parts[1]);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        return RequirementKey.child(RequirementKey.ENTITIES, parts[2]).flatMap(k -> switch (k) {
            case ENTITY_GROWTH -> Optional.of(Numbers.format(entity.get().growthPerUserPerMonth()));
            case ENTITY_OWNER -> Optional.of(entity.get().owner().orElse("none"));
            case ENTITY_STATES -> Optional.of(entity.get().states().toString());
            default -> Optional.empty();
        });
    }

    private static String features(Requirements req) {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        req.features().forEach(f -> out.add(f.id()));
        return out.toString();
    }
}
