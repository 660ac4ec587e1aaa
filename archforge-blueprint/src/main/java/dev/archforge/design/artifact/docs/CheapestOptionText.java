package dev.archforge.design.artifact.docs;

import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.cost.CheapestOption;
import dev.archforge.design.cost.CheapestOption.Change;
import dev.archforge.design.cost.CostLine;
import dev.archforge.design.cost.Estimate;
import dev.archforge.design.cost.Footprint;
import dev.archforge.design.cost.Item;
import dev.archforge.design.cost.Prices;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cheapest credible option of {@code cost.md}: its price against the design's, what changes, line by line. */
final class CheapestOptionText {
    private CheapestOptionText() {}

    static void append(Design design, Footprint f, Estimate chosen, CheapestOption cheapest, Markdown md) {
        List<String> considered = new ArrayList<>();
        if (!f.managed()) {
            considered.add("on a PaaS");
        }
        if (f.readReplicas() > 0 && CheapestOption.primaryServesAverageReads(f)) {
            considered.add("without the " + Text.count(f.readReplicas(), "read replica"));
        }
        String notCredible = f.readReplicas() > 0 && !CheapestOption.primaryServesAverageReads(f)
                ? " Dropping the " + Text.count(f.readReplicas(), "read replica") + " is not credible: the primary"
                        + " would serve " + Text.number(Math.round(f.peakReadRps() * f.averageShare() * 10) / 10.0)
                        + " reads/s on average, more than the " + Text.number(Sizing.DB_READ_RPS_PER_NODE)
                        + " one node is planned for."
                : "";
        if (cheapest.changes().isEmpty()) {
            md.paragraph((considered.isEmpty()
                            ? "No cheaper variant keeps the design's replicas, zones and standbys: it is its own"
                                    + " cheapest credible option at " + Text.usd(chosen.typical()) + " a month."
                            : "No variant considered (" + String.join(", ", considered) + ") costs less than"
                                    + " the design's typical " + Text.usd(chosen.typical()) + " a month, so the"
                                    + " design is its own cheapest credible option.")
                    + notCredible);
            return;
        }
        long option = cheapest.estimate().typical();
        md.paragraph("The same design "
                + Text.and(considered.stream().filter(c -> applies(c, cheapest)).toList())
                + " costs " + Text.usd(option) + " a month, " + Text.share(option, chosen.typical())
                + " of the design's typical " + Text.usd(chosen.typical()) + " (" + Text.usd(chosen.typical() - option)
                + " less). It keeps " + Text.and(kept(design, f)) + "; what it gives up:");
        List<String> changes = new ArrayList<>();
        for (Change c : cheapest.changes()) {
            changes.add(
                    switch (c) {
                        case ON_PAAS -> paas(f, chosen, cheapest.estimate());
                        case WITHOUT_READ_REPLICAS -> replicas(f);
                    });
        }
        md.bullets(changes);
        md.table(
                List.of("Component", "Design, typical", "Cheapest option, typical"),
                differences(chosen, cheapest.estimate()));
        if (!notCredible.isEmpty()) {
            md.paragraph(notCredible.strip());
        }
    }

    /** What every candidate keeps: the minimum replicas, the zones and the standbys. */
    private static List<String> kept(Design design, Footprint f) {
        List<String> kept = new ArrayList<>();
        kept.add("the minimum replicas (" + design.architecture().deployment().minimums() + ")");
        kept.add("the " + Text.count(f.zones(), "zone"));
        if (f.standbys() > 0) {
            kept.add("the " + Text.count(f.standbys(), "standby"));
        }
        return kept;
    }

    private static boolean applies(String considered, CheapestOption cheapest) {
        return considered.startsWith("on a PaaS")
                ? cheapest.changes().contains(Change.ON_PAAS)
                : cheapest.changes().contains(Change.WITHOUT_READ_REPLICAS);
    }

    private static String paas(Footprint f, Estimate chosen, Estimate option) {
        Prices prices = Prices.standard();
        List<String> dropped = chosen.lines().stream()
                .filter(l -> l.item() == Item.LOAD_BALANCER || l.item() == Item.KUBERNETES)
                .map(l -> Text.lowerFirst(l.what()))
                .toList();
        boolean entryDatabase = option.lines().stream().anyMatch(l -> l.item() == Item.SMALL_DATABASE_NODE);
        return "A PaaS instead of "
                + (f.platform() == Platform.KUBERNETES
                        ? f.platform().title()
                        : Text.lowerFirst(f.platform().title())) + ": " + Text.number(units(chosen))
                + " instances of " + Sizing.CORES_PER_INSTANCE + " vCPU become " + Text.number(units(option))
                + " PaaS instances of " + prices.of(Item.PAAS_INSTANCE).vcpu() + " vCPU"
                + (entryDatabase
                        ? ", database nodes move to the entry tier (" + money(prices, Item.SMALL_DATABASE_NODE)
                                + " instead of " + money(prices, Item.DATABASE_NODE) + " a node, smaller and burstable)"
                        : "")
                + (dropped.isEmpty() ? "" : ", and the platform's routing replaces the " + Text.and(dropped))
                + "; deploys, scaling and networking follow the provider's limits.";
    }

    private static String money(Prices prices, Item item) {
        return Text.usd(Math.round(prices.of(item).usd()));
    }

    private static String replicas(Footprint f) {
        double average = f.peakReadRps() * f.averageShare();
        return "Without the " + Text.count(f.readReplicas(), "read replica") + ": the primary serves all "
                + Text.number(f.peakReadRps()) + " reads/s at peak, "
                + Text.number(Math.round(f.peakReadRps() / Sizing.DB_READ_RPS_PER_NODE * 100) / 100.0) + " × the "
                + Text.number(Sizing.DB_READ_RPS_PER_NODE) + " one node is planned for ("
                + Markdown.link("capacity.md", "capacity.md") + "): reads slow down at peak, while the average "
                + Text.number(Math.round(average * 10) / 10.0) + " reads/s fit.";
    }

    private static double units(Estimate e) {
        return e.lines().stream()
                .filter(l -> l.item() == Item.INSTANCE || l.item() == Item.PAAS_INSTANCE)
                .mapToDouble(CostLine::typicalUnits)
                .sum();
    }

    private static List<List<String>> differences(Estimate chosen, Estimate option) {
        Map<String, long[]> byLine = new LinkedHashMap<>();
        chosen.lines().forEach(l -> byLine.computeIfAbsent(l.what(), k -> new long[2])[0] = l.typicalUsd());
        option.lines().forEach(l -> byLine.computeIfAbsent(l.what(), k -> new long[2])[1] = l.typicalUsd());
        List<List<String>> rows = new ArrayList<>();
        byLine.forEach((what, usd) -> {
            if (usd[0] != usd[1]) {
                rows.add(List.of(what, Text.usd(usd[0]), Text.usd(usd[1])));
            }
        });
        rows.add(List.of(
                "**Total**", "**" + Text.usd(chosen.typical()) + "**", "**" + Text.usd(option.typical()) + "**"));
        return rows;
    }
}
