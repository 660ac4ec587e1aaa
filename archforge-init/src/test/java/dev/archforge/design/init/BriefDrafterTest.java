package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.design.decision.DecisionRules;
import dev.archforge.design.plan.Question;
import dev.archforge.design.yaml.Commented;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BriefDrafterTest {
    private final BriefDrafter drafter = new BriefDrafter();

    @Test
    void draftsTheFitnessBriefOfTheIssue() {
        Draft draft = drafter.draft(Briefs.FITNESS);

        assertThat(draft.domain()).isEqualTo("fitness");
        assertThat(draft.capabilities()).containsExactly("analytics", "auth");
        assertThat(draft.document().get("features")).isInstanceOfSatisfying(Commented.class, c -> {
            assertThat(c.value()).isEqualTo(List.of("analytics", "auth"));
            assertThat(c.comment()).isEqualTo("assumed without realtime: answer 'archforge init' questions or edit");
        });
        assertThat(section(draft, "entities").keySet())
                .containsExactly("User", "Plan", "Workout", "ExerciseSet", "ProgressSnapshot");
        assertThat(section(draft, "system"))
                .containsEntry("name", "fitness-app")
                .containsEntry(
                        "purpose",
                        "A fitness app that needs user authentication, workout tracking and progress analytics.");
    }

    @Test
    void asksTheFitnessQuestionsWithTheirDefaultsAndDecisions() {
        List<Question> questions = drafter.draft(Briefs.FITNESS).questions();

        assertThat(questions)
                .extracting(Question::key, Question::assumed)
                .containsExactly(
                        tuple("scale.daily-active-users", "10000"),
                        tuple("scale.peak-factor", "4"),
                        tuple("team.size", "4"),
                        tuple("constraints.availability", "99.9"),
                        tuple("constraints.compliance", "none"),
                        tuple("constraints.data-residency", "none"),
                        tuple("constraints.hosting", "aws"),
                        tuple("constraints.budget-per-month", "1000"),
                        tuple("features.realtime", "no"));
        assertThat(questions.get(0))
                .isEqualTo(new Question(
                        "scale.daily-active-users",
                        "How many people use it on a typical day?",
                        "10000",
                        List.of(
                                "architecture-style",
                                "tenancy",
                                "data-stores",
                                // data-model reads daily active users since session 5 (feeds fan out by scale)
                                "data-model",
                                "data-lifecycle",
                                "search",
                                "analytics-pipeline",
                                "caching",
                                "http-caching",
                                "messaging",
                                "realtime-delivery",
                                "notifications",
                                "consistency",
                                "ledger",
                                "inventory",
                                "workflows",
                                "api-consumers",
                                "availability-scaling",
                                "load-shedding",
                                "model-serving",
                                "observability",
                                "performance")));
        assertThat(questions.get(2).affects())
                .contains("architecture-style", "deployment-platform", "ci-cd")
                .isEqualTo(DecisionRules.affectedBy("team.size"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We're building a marketplace where sellers list goods and buyers check out | marketplace",
                "A realtime chat app with group conversations and direct messages | chat",
                "Telemetry from 5,000 IoT sensors | telemetry",
                "A multi-tenant B2B SaaS where each organization tracks projects | saas",
                "An internal tool for the staff of our warehouse to approve returns | internal-tool",
                "Appointment booking for physiotherapy clinics | booking",
                "Track workouts and gym visits | fitness",
                "A tool for gardeners to swap seeds | general"
            })
    void picksTheDomainTheBriefNames(String brief, String domain) {
        assertThat(drafter.draft(brief).domain()).isEqualTo(domain);
    }

    @Test
    void doesNotAskWhatTheBriefStates() {
        Draft draft = drafter.draft(Briefs.SAAS);

        assertThat(draft.questions())
                .extracting(Question::key)
                .containsExactly(
                        "scale.daily-active-users",
                        "scale.peak-factor",
                        "constraints.data-residency",
                        "constraints.hosting",
                        "constraints.budget-per-month",
                        "features.realtime");
        assertThat(section(draft, "team")).containsEntry("size", 30).containsEntry("teams", 4);
        assertThat(section(draft, "constraints"))
                .containsEntry("availability", 99.95)
                .containsEntry("compliance", List.of("soc2"));
        assertThat(draft.assumptions()).doesNotContain("team.size", "team.teams", "constraints.availability");
    }

    @Test
    void readsTheMarketplaceBriefsNumbersAndPlace() {
        Draft draft = drafter.draft(Briefs.MARKETPLACE);

        assertThat(section(draft, "scale"))
                .containsEntry("daily-active-users", 50_000L)
                .containsEntry("peak-factor", 10.0);
        assertThat(section(draft, "constraints"))
                .containsEntry("cloud", "aws")
                .containsEntry("data-residency", "eu")
                .containsEntry("regions", new Commented(DraftTree.ASSUMED, List.of("eu-central-1")))
                .containsEntry("compliance", List.of("gdpr", "pci"));
        assertThat(draft.questions())
                .extracting(Question::key)
                .doesNotContain(
                        "scale.daily-active-users",
                        "scale.peak-factor",
                        "constraints.hosting",
                        "constraints.compliance");
    }

    @Test
    void answersReplaceDefaultsAndMoveWhatFollowsFromThem() {
        Draft draft = drafter.draft(
                Briefs.FITNESS,
                Map.of("scale.daily-active-users", "25k", "constraints.availability", "99.99%", "team.size", "20"));

        assertThat(section(draft, "scale"))
                .containsEntry("daily-active-users", 25_000L)
                .containsEntry("registered-users", new Commented(DraftTree.ASSUMED, 130_000L));
        assertThat(section(draft, "constraints"))
                .containsEntry("availability", 99.99)
                .containsEntry("rpo-minutes", new Commented(DraftTree.ASSUMED, 1))
                .containsEntry("rto-minutes", new Commented(DraftTree.ASSUMED, 15));
        assertThat(section(draft, "team")).containsEntry("teams", new Commented(DraftTree.ASSUMED, 3));
        assertThat(draft.questions())
                .extracting(Question::key)
                .contains("team.teams")
                .doesNotContain("scale.daily-active-users", "constraints.availability", "team.size");
    }

    @Test
    void answeringYesToAFeatureAddsItsCapability() {
        Draft draft = drafter.draft(
                "A booking app for tutors, sold to schools.",
                Map.of("features.realtime", "yes", "features.multi-tenancy", "yes"));

        assertThat(draft.capabilities()).containsExactly("multi-tenancy", "realtime");
        assertThat(draft.document().get("features"))
                .isEqualTo(List.of("auth", "multi-tenancy", "notifications", "realtime"));
        assertThat(section(draft, "entities")).containsKey("Organization");
    }

    @Test
    void hostingOnPremisesNamesNoCloud() {
        Draft draft = drafter.draft(Briefs.FITNESS, Map.of("constraints.hosting", "on-prem"));

        assertThat(section(draft, "constraints"))
                .containsEntry("hosting", "on-premises")
                .containsEntry("regions", new Commented(DraftTree.ASSUMED, List.of("on-premises")))
                .doesNotContainKey("cloud");
        assertThat(draft.assumptions()).doesNotContain("constraints.cloud", "constraints.hosting");
    }

    @Test
    void refusesWhatCannotBeDrafted() {
        assertThatThrownBy(() -> drafter.draft("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the brief is empty: describe the system in a sentence or two");
        assertThatThrownBy(() -> drafter.draft(Briefs.FITNESS, Map.of("team.size", "several")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answer 'several' to team.size: expected a whole number from 1 to 10000, such as 10"
                        + " or 10k");
        assertThatThrownBy(() -> drafter.draft(Briefs.FITNESS, Map.of("scale.colour", "red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no question has the key 'scale.colour'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "scale.daily-active-users | 0 | expected a whole number from 1 to 1000000000, such as 10 or 10k",
                "scale.peak-factor | fast | expected a number such as 4",
                "constraints.availability | 100 | expected a number from 90 to below 100, such as 99.9",
                "constraints.compliance | gdpr, iso | 'iso' is not one of gdpr, hipaa, pci, soc2; answer none if no"
                        + " regime applies",
                "constraints.data-residency | mars | expected one of none, eu, us, uk, ca, au",
                "constraints.hosting | heroku | expected aws, gcp, azure, cloud (any provider) or on-premises",
                "features.realtime | maybe | expected yes or no"
            })
    void explainsABadAnswer(String key, String answer, String problem) {
        assertThat(BriefDrafter.problem(key, answer)).contains(problem);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "scale.daily-active-users | 10,000",
                "scale.daily-active-users | 1.5m",
                "scale.peak-factor | 4x",
                "constraints.availability | 99.95 %",
                "constraints.compliance | GDPR and PCI-DSS",
                "constraints.compliance | none",
                "constraints.data-residency | Europe",
                "constraints.hosting | Azure",
                "constraints.budget-per-month | $2,500/month",
                "features.multi-tenancy | Y"
            })
    void acceptsAnswersAsPeopleWriteThem(String key, String answer) {
        assertThat(BriefDrafter.problem(key, answer)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Draft draft, String key) {
        Object value = Objects.requireNonNull(draft.document().get(key), key);
        return (Map<String, Object>) (value instanceof Commented c ? c.value() : value);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
