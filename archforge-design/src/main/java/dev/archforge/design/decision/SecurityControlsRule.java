package dev.archforge.design.decision;

import dev.archforge.design.plan.Area;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * The security controls around the code: the OWASP API Security Top 10 (2023) item by item, secrets
 * in a manager, TLS everywhere, encryption at rest with field-level encryption for sensitive fields,
 * and what each compliance regime adds.
 */
@DecisionInfo(
        id = "security-controls",
        area = Area.SECURITY,
        title = "Security controls",
        reads = {
            RequirementKey.COMPLIANCE,
            RequirementKey.ENTITIES,
            RequirementKey.FEATURES,
            RequirementKey.HOSTING,
            RequirementKey.CLOUD,
            RequirementKey.DATA_RESIDENCY
        })
public final class SecurityControlsRule implements DecisionRule {
    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Constraints c = context.constraints();
        List<String> sensitive = new ArrayList<>();
        for (Entity e : req.entities()) {
            for (Field f : e.fields()) {
                if (f.sensitive()) {
                    sensitive.add(e.name() + "." + f.name());
                }
            }
        }
        boolean onPremises = "on-premises".equals(c.hosting());
        String secrets = onPremises
                ? "HashiCorp Vault"
                : "aws".equals(c.cloud())
                        ? "AWS Secrets Manager"
                        : "gcp".equals(c.cloud())
                                ? "Google Secret Manager"
                                : "azure".equals(c.cloud()) ? "Azure Key Vault" : "the cloud's secrets manager";
        List<String> parts = new ArrayList<>();
        parts.add("OWASP API Top 10 controls");
        parts.add("secrets in " + secrets);
        parts.add("TLS 1.2+ to clients and the database");
        parts.add("encryption at rest with managed keys");
        if (!sensitive.isEmpty()) {
            parts.add("field-level encryption or hashing for "
                    + Text.count(sensitive.size(), "sensitive field", "sensitive fields"));
        }
        for (String regime : c.compliance()) {
            parts.add(regime.toUpperCase(java.util.Locale.ROOT) + " controls");
        }
        Choice choice = Choice.of(String.join("; ", parts))
                .driver(RequirementKey.COMPLIANCE, c.compliance())
                .driver(RequirementKey.ENTITIES, sensitive.size() + " sensitive fields")
                .because("OWASP API Top 10 (2023): API1 ownership checks on every object; API2 the OIDC/session"
                        + " decision with MFA for admins; API3 response schemas list returned fields, sensitive"
                        + " ones never; API4 rate limits, page size and body size caps; API5 role checks per"
                        + " endpoint; API6 limits on sign-up and other abusable flows; API7 no server-side fetch of"
                        + " user-given URLs without an allow-list; API8 security headers, no stack traces, CORS"
                        + " allow-list; API9 the OpenAPI document is the inventory, old versions retired; API10"
                        + " responses from third parties validated like user input.")
                .because("Secrets (database passwords, provider keys) live in " + secrets + ", injected at"
                        + " start and rotated; none in images, repositories or environment files.");
        if (!sensitive.isEmpty()) {
            choice.because("Sensitive fields (" + Text.and(sensitive.subList(0, Math.min(6, sensitive.size())))
                    + (sensitive.size() > 6 ? " and more" : "") + ") are never returned by the API; passwords are"
                    + " hashed with Argon2id or bcrypt, other sensitive values encrypted per field with a key from"
                    + " the KMS.");
        }
        if (c.requires("gdpr")) {
            choice.because("GDPR: personal data stays in "
                    + Text.residency(c).map(area -> "the " + area + " region").orElse("the agreed regions")
                    + ", processing is logged, people can export and"
                    + " erase their data, and processors sign DPAs.");
        }
        if (c.requires("pci")) {
            choice.because("PCI DSS: card data never touches these servers; the payment provider's hosted fields"
                    + " tokenize it (SAQ A), and only tokens and the last four digits are stored.");
        }
        if (c.requires("hipaa")) {
            choice.because("HIPAA: every read of health data is audit-logged, providers sign BAAs, and backups"
                    + " are encrypted.");
        }
        if (req.has(Feature.AUDIT)) {
            choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                    .because("Audit: an append-only audit log records who changed what and when, written in the"
                            + " same transaction as the change.");
        }
        return choice.alternative(
                        "Secrets in environment files or CI variables only",
                        "Leak through logs, images and laptops, and cannot be rotated centrally.")
                .alternative(
                        "Application-level encryption of every column",
                        "Breaks indexing and search for no gain over disk encryption; only sensitive fields need"
                                + " it.")
                .tradeoff(
                        sensitive.isEmpty()
                                ? "No field is marked sensitive: a field added later that is must get encryption and"
                                        + " hiding in the same change."
                                : "Field-level encryption makes "
                                        + Text.and(sensitive.subList(0, Math.min(6, sensitive.size())))
                                        + (sensitive.size() > 6 ? " and more" : "")
                                        + " unsearchable and adds a KMS call on access (cached data keys).")
                .tradeoff("Security headers and CORS allow-lists must be kept in step with the clients.")
                .revisitWhen("When a new regime applies, payments store more than tokens, or a pen test finds an"
                        + " OWASP item unaddressed, revisit these controls.");
    }
}
