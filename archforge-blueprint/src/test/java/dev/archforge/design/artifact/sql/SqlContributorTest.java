package dev.archforge.design.artifact.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.artifact.GoldenFiles;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;
import dev.archforge.design.testing.SampleDesigns;
import org.junit.jupiter.api.Test;

class SqlContributorTest {
    static String generate(Design design) {
        Blueprint blueprint = new Blueprint();
        new SqlContributor().contribute(design, blueprint);
        assertThat(blueprint.files()).containsOnlyKeys(SqlContributor.PATH);
        return blueprint.file(SqlContributor.PATH);
    }

    @Test
    void fitnessMatchesGoldenFile() {
        GoldenFiles.assertMatches("fitness/db/migration/V1__init.sql", generate(SampleDesigns.fitness()));
    }

    @Test
    void multiTenantVariantMatchesGoldenFile() {
        GoldenFiles.assertMatches(
                "multi-tenant/db/migration/V1__init.sql", generate(DesignVariants.multiTenantFitness()));
    }

    @Test
    void paymentsVariantMatchesGoldenFile() {
        GoldenFiles.assertMatches("payments/db/migration/V1__init.sql", generate(DesignVariants.payments()));
    }

    @Test
    void isDeterministic() {
        assertThat(generate(SampleDesigns.fitness())).isEqualTo(generate(SampleDesigns.fitness()));
    }
}
