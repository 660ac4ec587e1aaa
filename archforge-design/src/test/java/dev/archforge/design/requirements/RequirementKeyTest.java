package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RequirementKeyTest {
    @Test
    void pathsAreDottedFromTheTopLevel() {
        assertThat(RequirementKey.PEAK_RPS.path()).isEqualTo("scale.peak-rps");
        assertThat(RequirementKey.ENTITIES.path()).isEqualTo("entities");
        assertThat(RequirementKey.ENTITY_GROWTH.path("Workout"))
                .isEqualTo("entities.Workout.growth-per-user-per-month");
        assertThat(RequirementKey.PATTERN_FREQUENCY.path("log-set")).isEqualTo("access-patterns.log-set.frequency");
        assertThat(RequirementKey.FACT_KEY.path("0")).isEqualTo("brief.facts.0.key");
        assertThat(RequirementKey.LATENCY).hasToString("constraints.latency-p99-ms");
        assertThat(RequirementKey.ENTITY_OWNER).hasToString("owner");
    }

    @Test
    void anItemKeyHasNoPathWithoutItsItem() {
        assertThatThrownBy(RequirementKey.ENTITY_OWNER::path)
                .hasMessage("ENTITY_OWNER is a key of each item of entities: name the item");
        assertThatThrownBy(() -> RequirementKey.PEAK_RPS.path("x")).hasMessage("PEAK_RPS is not a key of an item");
    }

    @Test
    void eachPathAndEachSpellingWithinAnObjectIsUnique() {
        assertThat(Arrays.stream(RequirementKey.values()).filter(k -> !k.item()).map(RequirementKey::path))
                .doesNotHaveDuplicates();
        for (RequirementKey parent : RequirementKey.values()) {
            assertThat(RequirementKey.keys(parent)).as(parent.name()).doesNotHaveDuplicates();
        }
        assertThat(RequirementKey.keys(null)).doesNotHaveDuplicates().startsWith("system", "features");
    }

    @Test
    void lookUpByPathAndBySpelling() {
        assertThat(RequirementKey.ofPath("team.teams")).contains(RequirementKey.TEAMS);
        assertThat(RequirementKey.ofPath("team.players")).isEmpty();
        assertThat(RequirementKey.ofPath("entities.Workout.owner")).isEmpty();
        assertThat(RequirementKey.child(RequirementKey.ENTITIES, "owner")).contains(RequirementKey.ENTITY_OWNER);
        assertThat(RequirementKey.ENTITIES.covers("entities.Workout.owner")).isTrue();
        assertThat(RequirementKey.SCALE.covers("scale-out")).isFalse();
    }
}
