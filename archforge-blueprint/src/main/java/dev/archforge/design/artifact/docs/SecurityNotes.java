package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import java.util.ArrayList;
import java.util.List;

/** The secrets, encryption and compliance sections of {@code security.md}. */
final class SecurityNotes {
    private SecurityNotes() {}

    static void append(Design design, Markdown md) {
        List<String> secrets = new ArrayList<>();
        if (design.architecture().uses(Store.POSTGRESQL)
                || design.architecture().uses(Store.TIMESCALEDB)) {
            secrets.add("database credentials");
        }
        if (design.architecture().uses(Store.REDIS)) {
            secrets.add("Redis password");
        }
        if (design.architecture().uses(Store.OBJECT_STORAGE)) {
            secrets.add("object storage access keys (prefer workload identity)");
        }
        secrets.add("identity provider client secrets");
        secrets.add("provider API keys");
        md.heading(2, "Secrets")
                .paragraph("Secrets live in "
                        + secretStore(design.requirements().constraints().cloud())
                        + " and reach the application as environment variables at start-up; none is in the "
                        + "repository, the image or the ConfigMap. Rotate them at least every 90 days and on every "
                        + "departure. They are: " + Text.and(secrets) + ". The passwords in "
                        + "`deploy/docker-compose.yml` are for local development only.");
        md.heading(2, "Encryption")
                .bullets(List.of(
                        "In transit: TLS 1.2 or later at the gateway, HSTS; TLS from the application to the database "
                                + "and cache (`sslmode=verify-full`).",
                        "At rest: storage encryption with keys in the cloud's key service for the database and its "
                                + "backups" + (design.architecture().uses(Store.REDIS) ? ", the cache snapshots" : "")
                                + (design.architecture().uses(Store.OBJECT_STORAGE) ? ", object storage" : "") + ".",
                        sensitiveFields(design)));
        md.heading(2, "Compliance")
                .bullets(compliance(
                        design.requirements().constraints(),
                        design.requirements().account().isPresent()));
    }

    private static String secretStore(String cloud) {
        return switch (cloud) {
            case "aws" -> "AWS Secrets Manager";
            case "gcp" -> "Google Secret Manager";
            case "azure" -> "Azure Key Vault";
            default -> "the platform's secret store";
        };
    }

    private static String sensitiveFields(Design design) {
        List<String> fields = new ArrayList<>();
        for (Entity e : design.requirements().entities()) {
            for (Field f : e.fields()) {
                if (f.sensitive()) {
                    fields.add(Markdown.code(e.name() + "." + f.name()));
                }
            }
        }
        if (fields.isEmpty()) {
            return "No field is marked sensitive.";
        }
        return "Sensitive fields " + String.join(", ", fields) + " are never returned by the API, never logged, "
                + "and hashed (passwords) or encrypted at the column level (the rest).";
    }

    /** @param accounts people sign in, so the API has {@code /me} to export and erase their data */
    private static List<String> compliance(Constraints c, boolean accounts) {
        List<String> notes = new ArrayList<>();
        if (c.requires("gdpr")) {
            notes.add("GDPR: personal data stays "
                    + (c.dataResidency().isEmpty()
                            ? "in the chosen regions"
                            : "within " + Markdown.code(c.dataResidency()))
                    + " (regions: " + String.join(", ", c.regions())
                    + "); users can export"
                    + (accounts ? " (`GET /me/export`)" : "")
                    + " and erase"
                    + (accounts ? " (`DELETE /me`)" : "")
                    + " their data (erasure "
                    + "deletes or anonymises their rows and reaches backups when they expire); processors sign a "
                    + "data processing agreement; access to personal data is logged.");
        }
        if (c.requires("pci")) {
            notes.add("PCI DSS: card data never reaches the system; the payment provider's hosted fields or "
                    + "redirect keep the scope to SAQ A.");
        }
        if (c.requires("hipaa")) {
            notes.add("HIPAA: health data is encrypted at rest and in transit, every access is audit-logged, and "
                    + "every provider that touches it signs a business associate agreement.");
        }
        if (c.requires("soc2")) {
            notes.add("SOC 2: changes go through reviewed pull requests and CI; access is role-based and logged.");
        }
        if (notes.isEmpty()) {
            notes.add("No compliance regime is required by the requirements.");
        }
        return notes;
    }
}
