package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.availability;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.recovery;
import static dev.archforge.design.testing.Variants.regions;
import static dev.archforge.design.testing.Variants.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.RegionLayout;
import dev.archforge.design.plan.RegionLayout.Mode;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionsRuleTest {
    private static final Requirements TWO_EU_REGIONS = regions(fitness(), "eu", "eu-central-1", "eu-west-1");

    @Test
    void oneRegionWithoutResidencyAt99Point9IsNoRegionsQuestion() {
        assertThat(Decide.design(regions(fitness(), "none", "eu-central-1")).decisions())
                .extracting(Decision::id)
                .doesNotContain("regions");
    }

    @Test
    void theFitnessAppStaysInOneRegionWithItsDataPinnedToTheEu() {
        Decision d = Decide.decision(fitness(), "regions");
        assertThat(d.choice())
                .isEqualTo("Single region (eu-central-1) across 2 availability zones; personal data pinned to eu");
        assertThat(d.rationale())
                .contains("Losing the region means rebuilding in another from the copied backups, planned at 240"
                        + " min: above the RTO of 60 min, which therefore holds for zone failures only;")
                .contains("WAL archived every minute loses at most 1 min of commits, within the RPO of 15 min.");
        assertThat(d.revisitWhen())
                .isEqualTo("When the objective reaches 99.99 % (today 99.9 %) or a regional outage must also be"
                        + " recovered within the stated RTO, add a warm standby in a second region inside eu.");
        assertThat(Decide.architecture(fitness()).regionLayout())
                .contains(new RegionLayout(Mode.SINGLE_REGION, List.of("eu-central-1"), Optional.of("eu")));
    }

    @Test
    void aSecondRegionRunsWarmWhenTheRtoIsShorterThanARebuild() {
        assertThat(Decide.choice(TWO_EU_REGIONS, "regions"))
                .isEqualTo("Multi-region active-passive: eu-central-1 serves, eu-west-1 is a warm standby (RPO 15"
                        + " min, RTO 60 min); personal data pinned to eu");
        assertThat(Decide.choice(recovery(TWO_EU_REGIONS, 15, 240), "regions"))
                .isEqualTo("Single region (eu-central-1) across 2 availability zones; personal data pinned to eu");
    }

    @Test
    void aRegionOutsideTheResidencyHoldsNoPersonalData() {
        Decision d = Decide.decision(regions(fitness(), "eu", "eu-central-1", "us-east-1"), "regions");
        assertThat(d.choice())
                .isEqualTo("Single region (eu-central-1) across 2 availability zones; personal data pinned to eu");
        assertThat(d.rationale()).endsWith("us-east-1 lies outside it and holds no personal data.");
    }

    @Test
    void activeActiveNeedsFourNinesAndThreeTeams() {
        Requirements fourNines = availability(TWO_EU_REGIONS, 99.99);
        assertThat(Decide.choice(team(fourNines, 20, 3), "regions"))
                .isEqualTo("Multi-region active-active across eu-central-1 and eu-west-1, each user homed in one"
                        + " region; personal data pinned to eu");
        Decision two = Decide.decision(team(fourNines, 12, 2), "regions");
        assertThat(two.choice()).startsWith("Multi-region active-passive: eu-central-1 serves, eu-west-1");
        assertThat(two.rationale()).contains("Active-active is not chosen: 2 teams are fewer than the 3");
    }

    @Test
    void tenantsAreHomedInPerRegionCells() {
        assertThat(Decide.choice(regions(Shapes.saas(), "none", "eu-central-1", "us-east-1"), "regions"))
                .isEqualTo("Per-region cells in eu-central-1 and us-east-1, each tenant homed in one region");
    }
}
