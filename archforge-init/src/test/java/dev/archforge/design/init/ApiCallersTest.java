package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An API offered to the public or to partners has callers of its own, and organisations that sign up are
 * tenants: the draft says so even when the brief names neither a machine actor nor "multi-tenant".
 */
class ApiCallersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "An open weather API: about 3k third-party apps call it for forecasts. | public | integrator",
                "Travel agencies (Kayak, Skyscanner) call our fares API many times a second. | partner | partner",
            })
    void anApiForOthersHasAnExternalCaller(String brief, String audience, String actor) {
        String yaml = new InitSession(Prompter.noInput()).run(brief).yaml();

        assertThat(yaml).contains("  audience: " + audience + "\n").contains("\n  " + actor + ":\n");
        assertThat(yaml.substring(yaml.indexOf("\n  " + actor + ":\n")))
                .containsPattern("^\n  " + actor + ":\n(    [a-z].*\n)*?    external: true\n");
    }

    @Test
    void anInternalToolGetsNoCaller() {
        String yaml = new InitSession(Prompter.noInput())
                .run("An internal tool for our staff to track laptops.")
                .yaml();

        assertThat(yaml).doesNotContain("\n  integrator:\n").doesNotContain("\n  partner:\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Around 80 yoga studios should sign up to manage their classes. | 80",
                "We serve 450 customer shops with stock reports. | 450",
            })
    void organisationsThatSignUpAreTenants(String brief, long tenants) {
        Draft draft = new BriefDrafter().draft(brief);

        assertThat(draft.facts())
                .filteredOn(f -> f.key().equals("scale.tenants"))
                .extracting(Fact::value)
                .containsExactly(tenants);
        assertThat(new InitSession(Prompter.noInput()).run(brief).yaml()).contains("\n  - multi-tenancy\n");
    }

    @Test
    void peopleWhoSignUpAreNoTenants() {
        Draft draft = new BriefDrafter().draft("About 900 students should sign up for the courses.");

        assertThat(draft.facts()).noneMatch(f -> f.key().equals("scale.tenants"));
    }
}
