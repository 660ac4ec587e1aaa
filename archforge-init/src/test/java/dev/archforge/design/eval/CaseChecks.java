package dev.archforge.design.eval;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What makes a case well formed, so a typo in a case fails the build instead of scoring quietly. */
final class CaseChecks {
    /** The decision ids of decisions.json: the twenty always present, then those a workload calls for. */
    static final Set<String> KNOWN_IDS = Set.of(
            "architecture-style",
            "service-boundaries",
            "api-style",
            "authentication",
            "authorization",
            "data-stores",
            "data-model",
            "indexes",
            "data-lifecycle",
            "caching",
            "messaging",
            "consistency",
            "rate-limiting",
            "deployment-platform",
            "availability-scaling",
            "ci-cd",
            "observability",
            "security-controls",
            "backup-recovery",
            "performance",
            "http-caching",
            "realtime-delivery",
            "location",
            "search",
            "time-series",
            "tenancy",
            "regions",
            "api-consumers",
            "service-identity",
            "ledger",
            "workflows",
            "inventory",
            "load-shedding",
            "file-storage",
            "analytics-pipeline",
            "model-serving",
            "notifications");

    private CaseChecks() {}

    /** Everything wrong with the case's format, each prefixed with the case's name; empty when well formed. */
    static List<String> problems(EvalCase c) {
        List<String> problems = new ArrayList<>(c.readProblems());
        if (c.kind().isBlank()) {
            problems.add("kind is missing");
        }
        if (c.brief().isBlank()) {
            problems.add("brief is empty");
        }
        if (c.decisions().isEmpty()) {
            problems.add("no decisions are expected");
        }
        if (!Files.isRegularFile(c.requirementsFile())) {
            problems.add("requirements.yaml is missing");
        }
        String brief = Text.squash(c.brief());
        for (ExpectedFact f : c.facts()) {
            if (f.words().isBlank() || !brief.contains(Text.squash(f.words()))) {
                problems.add("fact words \"" + f.words() + "\" do not occur in the brief");
            }
            if (f.values().isEmpty()) {
                problems.add("fact \"" + f.words() + "\" has no value");
            }
        }
        c.decisions().forEach((id, e) -> {
            if (!KNOWN_IDS.contains(id)) {
                problems.add("unknown decision id '" + id + "'");
            }
            if (e.none() == !e.any().isEmpty()) {
                problems.add("decision '" + id + "' needs exactly one of a non-empty 'any' or 'none: true'");
            }
        });
        return problems.stream().map(p -> c.name() + ": " + p).toList();
    }
}
