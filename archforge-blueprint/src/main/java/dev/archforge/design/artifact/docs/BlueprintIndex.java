package dev.archforge.design.artifact.docs;

import dev.archforge.design.artifact.deploy.Deployable;
import dev.archforge.design.artifact.deploy.Deployables;
import dev.archforge.design.artifact.deploy.PlatformNotes;
import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a blueprint holds, with what each is for, for the README. Contributors do not read each
 * other's output, so the index is derived from the design by the same rules the contributors follow.
 */
final class BlueprintIndex {
    private BlueprintIndex() {}

    static List<List<String>> rows(Design design) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("README.md", "this overview"));
        rows.add(row("decisions.json", "every decision, the architecture and the capacity plan, for tools"));
        rows.add(row(
                "adr/",
                Text.count(design.decisions().size(), "decision record") + " (MADR), indexed in `adr/README.md`"));
        rows.add(row("api/openapi.yaml", "the API contract (OpenAPI 3.1)"));
        rows.add(row("db/migration/V1__init.sql", "the PostgreSQL schema as a Flyway migration"));
        rows.add(row("capacity.md", "traffic, compute, database, cache, storage and bandwidth, with formulas"));
        rows.add(
                row("cost.md", "monthly estimate by component, the cheapest credible option, the budget, unit prices"));
        rows.add(row("security.md", "roles × endpoints, ownership, OWASP API Top 10, secrets, encryption, compliance"));
        rows.add(row("operations.md", "SLOs, alerts, dashboards, backup and recovery runbook"));
        rows.add(row("failure-modes.md", "each dependency's failure: blast radius, detection, mitigation"));
        rows.add(row("questions.md", "open questions, assumptions and warnings"));
        rows.add(row("risks.md", "warnings, assumed inputs and close thresholds, with likelihood, impact, mitigation"));
        rows.add(row("roadmap.md", "the first release, then one phase per revisit threshold with its migration path"));
        rows.add(row("deploy/Dockerfile", "the application image: multi-stage, non-root, JRE 21"));
        rows.add(row("deploy/docker-compose.yml", "local development with the chosen services"));
        if (PlatformNotes.hasManifests(design)) {
            List<String> files = new ArrayList<>(List.of("namespace.yaml"));
            for (Deployable d : Deployables.of(design)) {
                files.add(d.name() + ".yaml");
            }
            files.add("ingress.yaml");
            rows.add(row("deploy/k8s/", "Kubernetes manifests: " + String.join(", ", files)));
        }
        rows.add(row(".github/workflows/ci.yml", "build, test, review gate, image, deploy"));
        rows.add(row("workspace.dsl", "the C4 model for Structurizr, with the decision records"));
        return rows;
    }

    private static List<String> row(String path, String what) {
        return List.of(path.endsWith("/") ? Markdown.code(path) : Markdown.link(Markdown.code(path), path), what);
    }
}
