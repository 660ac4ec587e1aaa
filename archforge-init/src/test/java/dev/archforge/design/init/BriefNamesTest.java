package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a brief names is a fact: a region sets {@code constraints.regions}, a residency phrase keeps its
 * words, and regimes, providers and cadences no key holds are shown without a key, with a warning.
 */
class BriefNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Clinic records must stay in the EU. | constraints.data-residency | eu | must stay in the EU",
                "Our members' data stays in the UK. | constraints.data-residency | uk | data stays in the UK",
                "UK data only, please. | constraints.data-residency | uk | UK data only",
                "Offices across Latin America. | constraints.data-residency | - | -",
                "We run on AWS us-west-2. | constraints.regions | us-west-2 | us-west-2",
                "Hosted on AWS Stockholm. | constraints.regions | eu-north-1 | AWS Stockholm",
                "An audit for SOC 2 Type I next year. | constraints.compliance | soc2 | SOC 2 Type I",
                "We follow ISO 27001. | none | iso 27001 | ISO 27001",
                "Staff sign in with Okta. | none | okta | Okta",
                "Everyone logs in with Microsoft Entra ID. | none | microsoft entra id | Microsoft Entra ID",
                "Enterprise tenants want SAML SSO. | none | saml sso | SAML SSO",
                "Donations go through Mollie. | none | mollie | Mollie",
                "Scores are recomputed nightly. | none | nightly | recomputed nightly",
            })
    void showsWhatTheBriefNames(String brief, String key, String value, String source) {
        List<Fact> facts = new BriefDrafter().draft(brief).facts();

        if (value.equals("-")) {
            assertThat(facts).filteredOn(f -> f.key().equals(key)).isEmpty();
            return;
        }
        assertThat(facts)
                .filteredOn(f -> f.key().equals(key) && f.source().equals(source))
                .extracting(Fact::shown)
                .containsExactly(value);
        if (key.equals(Fact.NO_KEY)) {
            assertThat(facts).filteredOn(f -> f.source().equals(source)).allSatisfy(f -> assertThat(f.warning())
                    .isPresent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"We have 40k daily actives.", "The daily average is low.", "A daily-deals site."})
    void aMeasureIsNoCadence(String brief) {
        assertThat(new BriefDrafter().draft(brief).facts())
                .filteredOn(f -> f.source().contains("daily") && f.key().equals(Fact.NO_KEY))
                .isEmpty();
    }
}
