package dev.archforge.design.artifact.docs;

import dev.archforge.design.artifact.openapi.OpenApiContributor;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Alternative;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes {@code roadmap.md}: the first release (components, stores, endpoints), then one phase per
 * revisit threshold, the numeric ones in the order growth reaches them and the others as signals
 * without a date, each with its migration path from the decision's revisit text and alternatives.
 */
public final class RoadmapContributor implements Contributor {
    public static final String PATH = "roadmap.md";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    static String document(Design design) {
        double growth = design.requirements().scale().monthlyGrowthPercent();
        Markdown md = new Markdown()
                .heading(1, "Roadmap of " + design.requirements().system().name())
                .paragraph("Build the first release as designed, then change the design when a decision's revisit"
                        + " threshold is reached. Dated phases assume the stated growth of "
                        + Numbers.percent(growth) + " a month from today's figures ("
                        + Markdown.link("capacity.md", "capacity.md")
                        + "); the others wait for a signal, not a date.");
        md.heading(2, "Phase 1: first release").bullets(firstRelease(design));
        List<Threshold> dated = Thresholds.of(design).stream()
                .sorted(Comparator.comparingDouble((Threshold t) -> t.months().orElse(Double.MAX_VALUE))
                        .thenComparing(t -> t.decision().id()))
                .toList();
        int phase = 2;
        for (Threshold t : dated) {
            Decision d = t.decision();
            md.heading(2, "Phase " + phase++ + ": " + d.title() + " — " + t.whenText(growth))
                    .bullets(List.of(
                            "**Trigger:** " + t.metric() + " past ~" + Numbers.format(t.limit()) + " " + t.unit() + "; "
                                    + t.todayText() + ".",
                            "**Now:** " + d.choice() + " (" + AdrFiles.link(design, d) + ").",
                            "**Migration path:** " + d.revisitWhen(),
                            "**Options then:** " + options(d)));
        }
        Set<String> numeric = dated.stream().map(t -> t.decision().id()).collect(Collectors.toSet());
        List<List<String>> signals = new ArrayList<>();
        for (Decision d : design.decisions()) {
            if (!numeric.contains(d.id())) {
                signals.add(List.of(
                        "Phase " + phase++,
                        d.title() + " (" + AdrFiles.link(design, d) + ")",
                        d.revisitWhen(),
                        options(d)));
            }
        }
        md.heading(2, "Phases on a signal");
        if (signals.isEmpty()) {
            md.paragraph("None: every revisit threshold is numeric.");
        } else {
            md.paragraph("These thresholds are not numbers growth reaches on a date: watch for them.")
                    .table(List.of("Phase", "Decision", "When and how", "Options then"), signals);
        }
        return md.toString();
    }

    private static List<String> firstRelease(Design design) {
        List<String> components = design.architecture().components().stream()
                .map(c ->
                        Markdown.code(c.name()) + " (" + Text.count(c.entities().size(), "entity", "entities") + ")")
                .toList();
        List<String> stores =
                design.architecture().stores().stream().map(Store::title).toList();
        List<String> out = new ArrayList<>();
        out.add("**Components:** "
                + (components.isEmpty()
                        ? "one module with all "
                                + Text.count(design.requirements().entities().size(), "entity", "entities")
                        : Text.and(components))
                + ", in a "
                + Text.lowerFirst(design.architecture().style().title()) + ".");
        out.add("**Stores:** " + Text.and(stores)
                + design.architecture()
                        .messaging()
                        .map(m -> "; events through " + m.broker().title())
                        .orElse("")
                + ".");
        out.add("**API:** " + Text.count(operations(design), "endpoint") + " over "
                + Text.count(design.requirements().entities().size(), "entity", "entities")
                + " and " + Text.count(design.requirements().accessPatterns().size(), "access pattern") + " ("
                + Markdown.link("api/openapi.yaml", "api/openapi.yaml") + ").");
        out.add("**Runs on:** "
                + Text.lowerFirst(design.architecture().deployment().platform().title()) + ", "
                + design.architecture().deployment().ranges() + " replicas across "
                + Text.count(design.architecture().deployment().zones(), "zone") + ".");
        return out;
    }

    /** Operations of the generated OpenAPI document. */
    static int operations(Design design) {
        Object paths = OpenApiContributor.document(design).get("paths");
        int n = 0;
        if (paths instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                if (item instanceof Map<?, ?> ops) {
                    n += (int) ops.keySet().stream().filter(METHODS::contains).count();
                }
            }
        }
        return n;
    }

    private static String options(Decision d) {
        if (d.alternatives().isEmpty()) {
            return "—";
        }
        return d.alternatives().stream().map(Alternative::option).collect(Collectors.joining("; ")) + ".";
    }
}
