package dev.archforge.design.decision;

import static dev.archforge.design.testing.Parts.entity;
import static dev.archforge.design.testing.Parts.field;
import static dev.archforge.design.testing.Variants.actions;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.hosting;
import static dev.archforge.design.testing.Variants.plusEntities;
import static dev.archforge.design.testing.Variants.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchitectureStyleRuleTest {
    private static Style style(Requirements r) {
        return Decide.architecture(r).style();
    }

    @Test
    void oneTeamOfFiveGetsAModularMonolith() {
        Decision d = Decide.decision(fitness(), "architecture-style");
        assertThat(d.choice()).isEqualTo("Modular monolith");
        assertThat(d.drivers()).containsExactly("team.size = 5", "team.teams = 1", "entities = 5", "features = 3");
        assertThat(d.rationale()).startsWith("A team of 5 ships fastest with one deployable");
        assertThat(d.alternatives()).extracting(a -> a.option()).containsExactly("Microservices", "Plain monolith");
    }

    @Test
    void oneTeamOfThreeWithASmallDomainGetsAMonolith() {
        Decision d = Decide.decision(team(fitness(), 3, 1), "architecture-style");
        assertThat(d.choice()).isEqualTo("Monolith");
        assertThat(d.revisitWhen())
                .isEqualTo(
                        "When the domain reaches ~6 entities, the team 5 people or a second team joins, introduce enforced"
                                + " modules.");
    }

    @Test
    void aSixthEntityMakesOneSmallTeamModular() {
        Requirements r = plusEntities(
                team(fitness(), 3, 1),
                entity("Badge", List.of(field("name", FieldType.STRING)), List.of(), Optional.empty(), 0));
        assertThat(style(r)).isEqualTo(Style.MODULAR_MONOLITH);
    }

    @Test
    void threeTeamsStayModularAndFourTeamsGetMicroservices() {
        assertThat(style(team(fitness(), 12, 3))).isEqualTo(Style.MODULAR_MONOLITH);
        Decision d = Decide.decision(team(fitness(), 16, 4), "architecture-style");
        assertThat(d.choice()).isEqualTo("Microservices");
        assertThat(d.drivers()).contains("team.teams = 4");
        assertThat(d.rationale()).startsWith("4 teams of 16 people need to release independently");
    }

    @Test
    void aTinySpikyCloudWorkloadGetsServerlessButNotOnPremises() {
        Requirements spiky = actions(Shapes.internalTool(), 20, 10, 80);
        Decision d = Decide.decision(spiky, "architecture-style");
        assertThat(d.choice()).isEqualTo("Serverless");
        assertThat(d.drivers()).contains("scale.peak-factor = 10");
        assertThat(style(hosting(spiky, "on-premises", "any"))).isEqualTo(Style.MONOLITH);
        assertThat(style(Shapes.internalTool())).isEqualTo(Style.MONOLITH);
    }
}
