package dev.archforge.design.artifact.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.TestDesignsAccess;
import dev.archforge.design.cost.CheapestOption;
import dev.archforge.design.cost.CostModel;
import dev.archforge.design.cost.Estimate;
import dev.archforge.design.cost.Footprint;
import dev.archforge.design.cost.Prices;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.testing.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CostContributorTest {
    private static final Pattern BUDGET = Pattern.compile("^- (.+?), US\\$ ([\\d,]+), is (?:([\\d,.]+) % of the"
            + " stated US\\$ ([\\d,]+): (?:it fits, with US\\$ ([\\d,]+) to spare|US\\$ ([\\d,]+) over)"
            + "|US\\$ ([\\d,]+) over the stated US\\$ 0)\\.$");
    private static final Pattern CHEAPEST = Pattern.compile("costs US\\$ ([\\d,]+) a month, ([\\d,.]+) % of the"
            + " design's typical US\\$ ([\\d,]+) \\(US\\$ ([\\d,]+) less\\)");

    @Test
    void estimateLinesTotalsAndTheLargestLines() {
        String doc = CostContributor.document(DocDesigns.fitness());
        assertThat(doc)
                .contains("| PostgreSQL disk | 142.5 GB provisioned at the end of retention × 3 nodes × 1 region"
                        + " | US$ 49 | US$ 49 |\n")
                .contains("| Internet egress | 250 GB in an average month; at peak 3.1 Mbit/s × 2,592,000 s ÷ 8,000"
                        + " = 1,004.4 GB | US$ 23 | US$ 90 |\n")
                .contains("| **Total** | — | **US$ 805** | **US$ 1,192** |\n")
                .contains("The 3 largest lines, PostgreSQL primary (US$ 150), PostgreSQL read replicas (US$ 150) and"
                        + " PostgreSQL standbys (US$ 150), make up 55.9 % of the typical month.")
                .contains("Disk and backups are priced for the data at the end of retention (95 GB, US$ 67 a month)."
                        + " The tables grow by 2.6 GB a month, so in the first month they cost about US$ 2 and the"
                        + " typical month about US$ 740.")
                .contains("| Database storage | GB-month on each node | 0.115 | Amazon RDS gp3 storage;");
    }

    @Test
    void cheapestOptionSaysWhatItGivesUp() {
        String doc = CostContributor.document(DocDesigns.fitness());
        assertThat(doc)
                .contains("The same design on a PaaS and without the 1 read replica costs US$ 344 a month, 42.7 % of"
                        + " the design's typical US$ 805 (US$ 461 less). It keeps the minimum replicas (2), the 2"
                        + " zones and the 1 standby; what it gives up:")
                .contains("- Without the 1 read replica: the primary serves all 1,600 reads/s at peak, 1.6 × the"
                        + " 1,000 one node is planned for ([capacity.md](capacity.md)): reads slow down at peak, while"
                        + " the average 400 reads/s fit.")
                .contains("| PostgreSQL read replicas | US$ 150 | US$ 0 |\n");
    }

    @Test
    void withoutABudgetItAsksForOne() {
        Design d = DocDesigns.withRequirements(
                DocDesigns.fitness(),
                Variants.constraints(
                        DocDesigns.fitness().requirements(),
                        new Constraints(
                                OptionalInt.empty(),
                                "cloud",
                                "aws",
                                List.of(),
                                99.9,
                                300,
                                List.of("eu-central-1"),
                                "eu",
                                15,
                                60)));
        assertThat(CostContributor.document(d))
                .contains("No budget is stated: set `constraints.budget-per-month` in `fitness.yaml` to have the"
                        + " estimate checked against it.");
    }

    @Test
    void everySentenceComparingWithTheBudgetIsTrue() {
        int sentences = 0;
        List<Design> designs = new ArrayList<>(List.of(DocDesigns.fitness()));
        designs.addAll(TestDesignsAccess.all());
        for (Design base : designs) {
            for (int budget : new int[] {0, 100, 344, 805, 1_192, 3_000, 1_000_000}) {
                Design d = DocDesigns.withRequirements(base, Variants.budget(base.requirements(), budget));
                Footprint f = Footprint.of(d.requirements(), d.architecture(), d.capacity());
                Estimate e = CostModel.estimate(f, Prices.standard());
                long cheapest =
                        CheapestOption.of(f, Prices.standard()).estimate().typical();
                List<Long> expected = List.of(e.typical(), e.peak(), cheapest);
                List<String> lines = CostContributor.document(d)
                        .lines()
                        .filter(l -> l.contains("of the stated") || l.contains("over the stated"))
                        .toList();
                assertThat(lines).hasSize(3);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = BUDGET.matcher(lines.get(i));
                    assertThat(m.matches()).as(lines.get(i)).isTrue();
                    long amount = number(m.group(2));
                    assertThat(amount).as(lines.get(i)).isEqualTo(expected.get(i));
                    if (m.group(7) != null) {
                        assertThat(budget).isZero();
                        assertThat(number(m.group(7))).isEqualTo(amount);
                    } else {
                        long stated = number(m.group(4));
                        assertThat(stated).isEqualTo(budget);
                        assertThat(Double.parseDouble(m.group(3).replace(",", "")))
                                .as(lines.get(i))
                                .isEqualTo(Math.round(amount * 1000.0 / stated) / 10.0);
                        if (m.group(5) != null) {
                            assertThat(amount).as(lines.get(i)).isLessThanOrEqualTo(stated);
                            assertThat(number(m.group(5))).isEqualTo(stated - amount);
                        } else {
                            assertThat(amount).as(lines.get(i)).isGreaterThan(stated);
                            assertThat(number(m.group(6))).isEqualTo(amount - stated);
                        }
                    }
                    sentences++;
                }
                Matcher c = CHEAPEST.matcher(CostContributor.document(d));
                if (c.find()) {
                    long option = number(c.group(1));
                    long typical = number(c.group(3));
                    assertThat(option).isEqualTo(cheapest).isLessThan(typical);
                    assertThat(typical).isEqualTo(e.typical());
                    assertThat(Double.parseDouble(c.group(2).replace(",", "")))
                            .isEqualTo(Math.round(option * 1000.0 / typical) / 10.0);
                    assertThat(number(c.group(4))).isEqualTo(typical - option);
                }
            }
        }
        assertThat(sentences).isEqualTo(63);
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }
}
