package dev.archforge.design.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a decision's one-line choice is matched against an expectation. */
class ExpectationTest {
    private static final Expectation MONOLITH = new Expectation(List.of("monolith"), List.of("microservices"), false);
    private static final Expectation NO_BROKER = new Expectation(List.of(), List.of("kafka"), true);
    private static final Expectation CACHED = new Expectation(List.of("redis"), List.of("no cache"), false);

    @Test
    void anyPhraseMatchesCaseInsensitively() {
        assertThat(MONOLITH.metBy(Optional.of("Modular Monolith on containers")))
                .isTrue();
        assertThat(MONOLITH.metBy(Optional.of("Serverless functions"))).isFalse();
        assertThat(MONOLITH.metBy(Optional.empty())).isFalse();
    }

    @Test
    void aWrongPhraseCountsUnlessNegated() {
        assertThat(MONOLITH.wrongIn(Optional.of("Microservices"))).containsExactly("microservices");
        assertThat(MONOLITH.wrongIn(Optional.of("Modular monolith rather than microservices")))
                .isEmpty();
        assertThat(MONOLITH.metBy(Optional.of("Modular monolith rather than microservices")))
                .isTrue();
        assertThat(MONOLITH.metBy(Optional.of("Modular monolith, then microservices")))
                .isFalse();
    }

    @Test
    void noneMeansAbsentOrNo() {
        assertThat(NO_BROKER.metBy(Optional.empty())).isTrue();
        assertThat(NO_BROKER.metBy(Optional.of("No message broker; Kafka would be overkill")))
                .isTrue();
        assertThat(NO_BROKER.wrongIn(Optional.of("No message broker; Kafka would be overkill")))
                .isEmpty();
        assertThat(NO_BROKER.metBy(Optional.of("Kafka with 3 topics"))).isFalse();
        assertThat(NO_BROKER.wrongIn(Optional.of("Kafka with 3 topics"))).containsExactly("kafka");
    }

    @Test
    void aNoPhraseInNotCatchesAChoiceThatSaysNo() {
        assertThat(CACHED.wrongIn(Optional.of("No cache"))).containsExactly("no cache");
        assertThat(CACHED.metBy(Optional.of("Redis read-through cache"))).isTrue();
    }
}
