package dev.archforge.design.artifact.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.artifact.GoldenFiles;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;
import dev.archforge.design.testing.SampleDesigns;
import org.junit.jupiter.api.Test;

class OpenApiContributorTest {
    static String generate(Design design) {
        Blueprint blueprint = new Blueprint();
        new OpenApiContributor().contribute(design, blueprint);
        assertThat(blueprint.files()).containsOnlyKeys(OpenApiContributor.PATH);
        return blueprint.file(OpenApiContributor.PATH);
    }

    @Test
    void fitnessMatchesGoldenFile() {
        GoldenFiles.assertMatches("fitness/api/openapi.yaml", generate(SampleDesigns.fitness()));
    }

    @Test
    void multiTenantVariantMatchesGoldenFile() {
        GoldenFiles.assertMatches("multi-tenant/api/openapi.yaml", generate(DesignVariants.multiTenantFitness()));
    }

    @Test
    void paymentsVariantMatchesGoldenFile() {
        GoldenFiles.assertMatches("payments/api/openapi.yaml", generate(DesignVariants.payments()));
    }

    @Test
    void isDeterministic() {
        assertThat(generate(SampleDesigns.fitness())).isEqualTo(generate(SampleDesigns.fitness()));
    }
}
