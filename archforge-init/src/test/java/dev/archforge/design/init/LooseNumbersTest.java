package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number no reader maps is still a fact: without a key, with the words around it and a warning that
 * says why, so nothing the brief states is dropped in silence.
 */
class LooseNumbersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Florists in 9 Nordic towns sell bouquets. | 9 | Florists in 9 Nordic towns sell bouquets",
                "Couriers must be within 3 km of the shop. | 3 km | be within 3 km of the shop",
                "A booking is held for 12 minutes while the guest pays. | 12 minutes | held for 12 minutes",
                "Each guest may send at most 4 reviews per stay per week. | 4"
                        + " | at most 4 reviews per stay per week",
                "Invoices are sent by 6am. | 06:00 | sent by 6am",
                "Quiet hours 21:30-07:15 apply to reminders. | 21:30-07:15 | Quiet hours 21:30-07:15 apply to reminders",
                "Reminders go out every evening at 7. | 07:00 | every evening at 7",
                "Each prompt is ~900 tokens long. | 900 | prompt is ~900 tokens long",
                "A coffee costs €4 at the counter. | 4 | coffee costs €4 at the counter",
                "Roughly 35% of members never log in. | 35% | Roughly 35% of members never log in",
            })
    void showsALooseNumberWithoutAKey(String brief, String value, String source) {
        List<Fact> facts = new BriefDrafter().draft(brief).facts();

        assertThat(facts)
                .filteredOn(f -> f.key().equals(Fact.NO_KEY) && f.source().equals(source))
                .extracting(Fact::shown)
                .containsExactly(value);
        assertThat(facts).filteredOn(f -> f.source().equals(source)).allSatisfy(f -> assertThat(f.warning())
                .isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "We are SOC 2 audited and run in us-east-2.",
                "Chat supports 1:1 messages.",
                "It speaks HTTP 2 and TLS 1.3.",
            })
    void aNumberThatIsPartOfANameIsNoFact(String brief) {
        assertThat(new BriefDrafter().draft(brief).facts())
                .filteredOn(f -> f.key().equals(Fact.NO_KEY))
                .isEmpty();
    }
}
