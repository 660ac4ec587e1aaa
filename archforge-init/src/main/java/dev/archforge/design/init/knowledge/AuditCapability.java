package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** An append-only record of who changed what, for compliance and support. */
final class AuditCapability {
    private AuditCapability() {}

    static Capability capability() {
        return new Capability(
                "audit",
                List.of("audit", "audit log", "audit trail", "auditing", "change history", "who changed"),
                Parts.none()
                        .features(Feature.AUDIT)
                        .entities(EntitySpec.named("AuditEntry")
                                .description("Who did what to which record, and when. Never updated.")
                                .growth(50)
                                .fields(
                                        "action: string(80) required",
                                        "entity_type: string(80) required",
                                        "entity_id: string(64) required",
                                        "occurred_at: timestamp required",
                                        "details: json")
                                .relations("belongs-to User optional as actor"))
                        .patterns(PatternSpec.of("audit-history", "admin", LIST, "AuditEntry", 0.1)
                                .filter("entity_type", "entity_id")
                                .sort("occurred_at desc"))
                        .risks("Audit entries must be append-only: grant the application no update or delete"
                                + " on them, and keep them as long as the regulation asks."));
    }
}
