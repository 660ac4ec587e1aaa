package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Question;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InitSessionTest {
    /** Answers from a script per question key; a key without a script gets no answer. */
    static final class Scripted implements Prompter {
        final Map<String, Deque<String>> script = new LinkedHashMap<>();
        final List<String> asked = new ArrayList<>();
        final List<String> rejections = new ArrayList<>();

        Scripted answer(String key, String... answers) {
            script.put(key, new ArrayDeque<>(List.of(answers)));
            return this;
        }

        @Override
        public Optional<String> ask(Question question) {
            asked.add(question.key());
            Deque<String> answers = script.get(question.key());
            return answers == null || answers.isEmpty() ? Optional.empty() : Optional.of(answers.poll());
        }

        @Override
        public void rejected(Question question, String answer, String reason) {
            rejections.add(question.key() + " '" + answer + "': " + reason);
        }
    }

    @Test
    void withoutInputWritesTheDefaultsAsAssumptionsAndReturnsTheQuestions() {
        InitResult result = new InitSession(Prompter.noInput()).run(Briefs.FITNESS);

        assertThat(result.openQuestions())
                .isEqualTo(new BriefDrafter().draft(Briefs.FITNESS).questions())
                .hasSize(9);
        assertThat(result.domain()).isEqualTo("fitness");
        assertThat(result.assumptions()).hasSize(21).startsWith("scale.registered-users", "scale.daily-active-users");
        assertThat(result.yaml())
                .contains("scale:\n  # assumed: answer 'archforge init' questions or edit\n  registered-users: 50000\n")
                .contains("assumptions:\n  - scale.registered-users\n  - scale.daily-active-users\n")
                .contains("  - constraints.rto-minutes\nbrief:\n  text: I'm building a fitness app");
        assertThat(result.risks()).hasSize(5);
    }

    @Test
    void interactiveAnswersReplaceTheDefaults() {
        Scripted prompter = new Scripted()
                .answer("scale.daily-active-users", "25,000")
                .answer("scale.peak-factor", "6")
                .answer("team.size", "12")
                .answer("team.teams", "2")
                .answer("constraints.availability", "99.95%")
                .answer("constraints.compliance", "gdpr")
                .answer("constraints.data-residency", "eu")
                .answer("constraints.hosting", "gcp")
                .answer("constraints.budget-per-month", "$4,000")
                .answer("features.realtime", "yes");

        InitResult result = new InitSession(prompter).run(Briefs.FITNESS);

        assertThat(prompter.asked)
                .containsExactly(
                        "scale.daily-active-users",
                        "scale.peak-factor",
                        "team.size",
                        "team.teams",
                        "constraints.availability",
                        "constraints.compliance",
                        "constraints.data-residency",
                        "constraints.hosting",
                        "constraints.budget-per-month",
                        "features.realtime");
        assertThat(result.openQuestions()).isEmpty();
        assertThat(result.yaml())
                .contains("  daily-active-users: 25000\n")
                .contains("  peak-factor: 6\n")
                .contains("team:\n  size: 12\n  teams: 2\n")
                .contains("  availability: 99.95\n")
                .contains("  cloud: gcp\n")
                .contains("  regions:\n    - europe-west3\n")
                .contains("  budget-per-month: 4000\n")
                .contains("features:\n  - analytics\n  - auth\n  - realtime\n");
        assertThat(result.assumptions())
                .doesNotContain(
                        "scale.daily-active-users",
                        "team.size",
                        "team.teams",
                        "constraints.hosting",
                        "constraints.cloud")
                .contains("constraints.regions", "constraints.rpo-minutes", "scale.registered-users");
    }

    @Test
    void asksABadAnswerAgainAndTakesTheNextGoodOne() {
        Scripted prompter = new Scripted().answer("scale.daily-active-users", "lots", "-5", "20k");

        InitResult result = new InitSession(prompter).run(Briefs.FITNESS);

        assertThat(prompter.rejections)
                .containsExactly(
                        "scale.daily-active-users 'lots': expected a whole number from 1 to 1000000000, such as 10"
                                + " or 10k",
                        "scale.daily-active-users '-5': expected a whole number from 1 to 1000000000, such as 10"
                                + " or 10k");
        assertThat(result.yaml()).contains("  daily-active-users: 20000\n");
        assertThat(result.openQuestions()).extracting(Question::key).doesNotContain("scale.daily-active-users");
    }

    @Test
    void keepsTheDefaultAfterThreeBadAnswers() {
        Scripted prompter = new Scripted().answer("constraints.availability", "high", "very", "always", "99.9");

        InitResult result = new InitSession(prompter).run(Briefs.FITNESS);

        assertThat(prompter.asked.stream().filter("constraints.availability"::equals))
                .hasSize(InitSession.ATTEMPTS);
        assertThat(prompter.rejections).hasSize(3);
        assertThat(prompter.script.get("constraints.availability")).containsExactly("99.9");
        assertThat(result.openQuestions()).extracting(Question::key).contains("constraints.availability");
        assertThat(result.assumptions()).contains("constraints.availability");
    }

    @Test
    void anEmptyAnswerKeepsTheDefaultAsAnAssumption() {
        Scripted prompter = new Scripted().answer("team.size", "  ");

        InitResult result = new InitSession(prompter).run(Briefs.FITNESS);

        assertThat(prompter.rejections).isEmpty();
        assertThat(result.yaml())
                .contains("team:\n  # assumed: answer 'archforge init' questions or edit\n  size: 4\n");
        assertThat(result.openQuestions()).extracting(Question::key).contains("team.size");
    }

    @Test
    void asksEachQuestionOnce() {
        Scripted prompter = new Scripted();

        new InitSession(prompter).run(Briefs.CHAT);

        assertThat(prompter.asked).doesNotHaveDuplicates().doesNotContain("team.size", "features.realtime");
    }
}
