package dev.archforge.design.decision;

import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the roles entities play from their names, the way an architect reads a domain model:
 * which entity is the tenant, which are payments, notifications, analytics read models, chat
 * messages or telemetry readings. Every rule that needs such a role asks here, so they agree.
 */
final class DomainTerms {
    private static final List<String> TENANTS =
            List.of("Tenant", "Organization", "Organisation", "Workspace", "Company");
    private static final List<String> PAYMENTS = List.of("Payment", "Invoice", "Charge", "Refund", "Payout");
    private static final List<String> NOTIFICATIONS = List.of("Notification");
    private static final List<String> ANALYTICS =
            List.of("Snapshot", "Statistic", "Stats", "Report", "Aggregate", "Summary");
    private static final List<String> CHAT = List.of("Message", "Conversation", "ChatRoom", "Channel");
    private static final List<String> READINGS = List.of("Reading", "Measurement", "Sample", "Telemetry");

    private DomainTerms() {}

    /** The entity that represents a tenant, under multi-tenancy. */
    static Optional<Entity> tenant(Requirements requirements) {
        if (!requirements.has(Feature.MULTI_TENANCY)) {
            return Optional.empty();
        }
        return requirements.entities().stream()
                .filter(e -> !e.account() && TENANTS.contains(e.name()))
                .findFirst();
    }

    /**
     * True when rows of {@code entity} carry {@code tenant_id} under row-level security: under
     * multi-tenancy every entity does, the tenant's own record included, as the requirements format
     * and the schema have it.
     */
    static boolean tenantScoped(Requirements requirements, Entity entity) {
        return requirements.has(Feature.MULTI_TENANCY);
    }

    static boolean isPayment(Entity entity) {
        return containsAny(entity.name(), PAYMENTS);
    }

    static boolean isNotification(Entity entity) {
        return containsAny(entity.name(), NOTIFICATIONS);
    }

    static boolean isAnalytics(Entity entity) {
        return containsAny(entity.name(), ANALYTICS);
    }

    static boolean isChat(Entity entity) {
        return containsAny(entity.name(), CHAT);
    }

    /** A time-stamped reading appended by devices or jobs: telemetry, measurements, samples. */
    static boolean isReading(Entity entity) {
        return containsAny(entity.name(), READINGS);
    }

    private static boolean containsAny(String name, List<String> terms) {
        for (String term : terms) {
            if (name.contains(term)) {
                return true;
            }
        }
        return false;
    }
}
