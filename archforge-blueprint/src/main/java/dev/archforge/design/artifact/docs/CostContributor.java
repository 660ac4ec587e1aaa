package dev.archforge.design.artifact.docs;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.cost.CheapestOption;
import dev.archforge.design.cost.CostLine;
import dev.archforge.design.cost.CostModel;
import dev.archforge.design.cost.Estimate;
import dev.archforge.design.cost.Footprint;
import dev.archforge.design.cost.Item;
import dev.archforge.design.cost.Price;
import dev.archforge.design.cost.Prices;
import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes {@code cost.md}: the monthly estimate line by line (typical and at peak), the cheapest
 * credible option, the estimate against the stated budget, and every unit price as an assumption.
 * The budget warning reads the same {@link CostModel}.
 */
public final class CostContributor implements Contributor {
    public static final String PATH = "cost.md";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    static String document(Design design) {
        Prices prices = Prices.standard();
        Footprint footprint = Footprint.of(design.requirements(), design.architecture(), design.capacity());
        Estimate chosen = CostModel.estimate(footprint, prices);
        CheapestOption cheapest = CheapestOption.of(footprint, prices);
        Markdown md = new Markdown()
                .heading(1, "Monthly cost of " + design.requirements().system().name())
                .paragraph("An estimate to compare options and check the budget, not a quote. It prices what the "
                        + "decisions run and what " + Markdown.link("capacity.md", "capacity.md") + " computes "
                        + "(storage, egress, events) at the unit prices listed at the end, each an assumption. "
                        + "A typical month runs every deployable at its minimum replicas with average traffic; a "
                        + "month at peak runs the autoscaling ceilings with peak traffic throughout.");
        md.heading(2, "Estimate").table(List.of("Component", "Basis", "Typical", "At peak"), rows(chosen));
        md.paragraph(largest(chosen));
        storageNote(footprint, chosen).ifPresent(md::paragraph);
        md.heading(2, "Cheapest credible option");
        CheapestOptionText.append(design, footprint, chosen, cheapest, md);
        md.heading(2, "Budget");
        OptionalInt budget = design.requirements().constraints().budgetPerMonth();
        if (budget.isPresent()) {
            md.bullets(List.of(
                    BudgetFit.sentence("The typical month", chosen.typical(), budget.getAsInt()),
                    BudgetFit.sentence("A month at peak", chosen.peak(), budget.getAsInt()),
                    BudgetFit.sentence(
                            "The cheapest credible option", cheapest.estimate().typical(), budget.getAsInt())));
        } else {
            md.paragraph("No budget is stated: set " + Markdown.code("constraints.budget-per-month") + " in "
                    + Markdown.code(design.requirements().file()) + " to have the estimate checked against it.");
        }
        md.heading(2, "Unit prices (assumptions)")
                .paragraph("On-demand list prices, rounded, without discounts, reservations or free tiers.")
                .table(
                        List.of("Component", "Unit", "US$ per unit per month", "Approximates"),
                        prices(prices, chosen, cheapest));
        return md.toString();
    }

    private static List<List<String>> rows(Estimate e) {
        List<List<String>> rows = new ArrayList<>();
        for (CostLine l : e.lines()) {
            rows.add(List.of(l.what(), l.basis(), Text.usd(l.typicalUsd()), Text.usd(l.peakUsd())));
        }
        rows.add(List.of("**Total**", "", "**" + Text.usd(e.typical()) + "**", "**" + Text.usd(e.peak()) + "**"));
        return rows;
    }

    /** "The 3 largest lines, A (US$ …), B (US$ …) and C (US$ …), make up 96.3 % of the typical month." */
    private static String largest(Estimate e) {
        List<CostLine> top = e.lines().stream()
                .sorted(Comparator.comparingLong(CostLine::typicalUsd)
                        .reversed()
                        .thenComparing(CostLine::what))
                .limit(3)
                .toList();
        long sum = top.stream().mapToLong(CostLine::typicalUsd).sum();
        List<String> names = top.stream()
                .map(l -> l.what() + " (" + Text.usd(l.typicalUsd()) + ")")
                .toList();
        return (top.size() == 1 ? "The largest line, " : "The " + top.size() + " largest lines, ") + Text.and(names)
                + (top.size() == 1 ? ", makes up " : ", make up ") + Text.share(sum, Math.max(1, e.typical()))
                + " of the typical month.";
    }

    /** Disk is priced at the end of retention; the first month holds one month of data. */
    private static Optional<String> storageNote(Footprint f, Estimate e) {
        if (f.dataGb() <= 0 || f.monthlyDataGb() <= 0) {
            return Optional.empty();
        }
        long disk = e.lines().stream()
                .filter(l -> l.item() == Item.DATABASE_STORAGE || l.item() == Item.BACKUP_STORAGE)
                .mapToLong(CostLine::typicalUsd)
                .sum();
        long first = Math.round(disk * Math.min(1, f.monthlyDataGb() / f.dataGb()));
        return Optional.of("Disk and backups are priced for the data at the end of retention ("
                + Text.number(f.dataGb()) + " GB, " + Text.usd(disk) + " a month). The tables grow by "
                + Text.number(f.monthlyDataGb()) + " GB a month, so in the first month they cost about "
                + Text.usd(first) + " and the typical month about " + Text.usd(e.typical() - disk + first) + ".");
    }

    private static List<List<String>> prices(Prices prices, Estimate chosen, CheapestOption cheapest) {
        Set<Item> used = EnumSet.noneOf(Item.class);
        chosen.lines().forEach(l -> used.add(l.item()));
        cheapest.estimate().lines().forEach(l -> used.add(l.item()));
        List<List<String>> rows = new ArrayList<>();
        for (Item item : used) {
            Price p = prices.of(item);
            rows.add(List.of(p.title(), p.unit(), Numbers.format(p.usd()), p.approximates()));
        }
        return rows;
    }
}
