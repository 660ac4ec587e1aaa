package dev.archforge.design.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.testing.AllDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated file keeps every decision it follows from, on every design the test suite
 * produces ({@link AllDesigns}): one dynamic test per design, reporting each broken implication.
 */
class DecisionsKeptTest {
    @TestFactory
    Stream<DynamicTest> everyDesignKeepsItsDecisions() {
        return AllDesigns.all().stream()
                .map(named -> DynamicTest.dynamicTest(named.name(), () -> {
                    DesignFiles files = DesignFiles.of(named.design());
                    List<String> broken = new ArrayList<>();
                    for (Implication i : Implications.ALL) {
                        if (i.applies(files.design())) {
                            i.broken(files).forEach(b -> broken.add(i.id() + ": " + b));
                        }
                    }
                    assertThat(broken).as(named.name()).isEmpty();
                }));
    }

    @Test
    void registryIsSortedWithWellFormedUniqueIds() {
        List<String> ids = Implications.ALL.stream().map(Implication::id).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(Implications.ALL).allSatisfy(i -> assertThat(i.statement()).isNotBlank());
    }

    /** An implication no design decides would hold vacuously: each one applies to some design. */
    @Test
    void everyImplicationAppliesToSomeDesign() {
        for (Implication i : Implications.ALL) {
            assertThat(AllDesigns.all().stream().anyMatch(n -> i.applies(n.design())))
                    .as(i.id())
                    .isTrue();
        }
    }
}
