package dev.archforge.design.artifact.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableOrderTest {
    private static final Location AT = Location.at("t.yaml", 1, 1);

    private static Entity entity(String name, String... targets) {
        return new Entity(
                name,
                "",
                List.of(),
                java.util.Arrays.stream(targets)
                        .map(t -> new Relation(
                                RelationKind.BELONGS_TO, t, t.toLowerCase(java.util.Locale.ROOT), false, AT))
                        .toList(),
                Optional.empty(),
                List.of(),
                false,
                false,
                0,
                AT);
    }

    @Test
    void placesReferencedTablesFirstAndKeepsOrderOtherwise() {
        List<Entity> sorted = TableOrder.sort(
                List.of(entity("Line", "Order"), entity("Order", "Customer"), entity("Customer"), entity("Note")));
        assertThat(sorted).extracting(Entity::name).containsExactly("Customer", "Order", "Line", "Note");
    }

    @Test
    void ignoresSelfReferencesAndBreaksCyclesAtTheFirstEntity() {
        List<Entity> sorted = TableOrder.sort(List.of(entity("A", "B", "A"), entity("B", "A"), entity("C")));
        assertThat(sorted).extracting(Entity::name).containsExactly("C", "A", "B");
    }

    @Test
    void cyclicForeignKeyIsAddedAfterTheTables() {
        String sql = SqlContributorTest.generate(DesignVariants.multiTenantFitness());
        int alter = sql.indexOf("ALTER TABLE plans ADD CONSTRAINT plans_primary_tag_id_fkey");
        assertThat(alter).isGreaterThan(sql.indexOf("CREATE TABLE tags ("));
        assertThat(sql)
                .doesNotContain(
                        "CONSTRAINT plans_primary_tag_id_fkey FOREIGN KEY (primary_tag_id) REFERENCES tags (id) ON DELETE SET NULL,");
    }
}
