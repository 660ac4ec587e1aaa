package dev.archforge.design.init;

import dev.archforge.design.decision.DecisionRules;
import dev.archforge.design.init.knowledge.Audience;
import dev.archforge.design.plan.Question;
import dev.archforge.design.requirements.RequirementKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions {@code archforge init} may ask, in the order it asks them. Each is asked only when the
 * brief left its value open, and only if its answer changes a decision: the decisions it
 * affects are the decision rules that read its key ({@code DecisionRules.affectedBy}). A second team is asked about only for teams larger than {@link Defaults#TEAM_OF};
 * tenancy only for products sold to businesses.
 */
final class QuestionCatalog {
    static final List<Ask> ALL = List.of(
            new Ask(
                    Setting.DAILY_ACTIVE_USERS,
                    a -> "How many " + a.activeNoun() + " use it on a typical day?",
                    Answers.count(Setting.DAILY_ACTIVE_USERS, 1, 1_000_000_000L, false)),
            new Ask(
                    Setting.PEAK_FACTOR,
                    a -> "How many times busier than average is the busiest hour (4 means four times)?",
                    Answers.decimal(Setting.PEAK_FACTOR, 1, 1000, "x", "4"),
                    (a, values) -> !values.containsKey(Setting.PEAK_RPS)),
            new Ask(
                    Setting.TEAM_SIZE,
                    a -> "How many engineers will build and run it?",
                    Answers.count(Setting.TEAM_SIZE, 1, 10_000, true)),
            new Ask(
                    Setting.TEAMS,
                    a -> "How many teams will work on it independently?",
                    Answers.count(Setting.TEAMS, 1, 1000, true),
                    (a, values) ->
                            ((Number) Resolved.of(values, Setting.TEAM_SIZE).value()).intValue() > Defaults.TEAM_OF),
            new Ask(
                    Setting.AVAILABILITY,
                    a -> "What availability must it reach, in percent (99.5, 99.9, 99.95, 99.99)?",
                    Answers.decimal(Setting.AVAILABILITY, 90, 100, "%", "99.9")),
            new Ask(
                    Setting.COMPLIANCE,
                    a -> "Which regulations apply: gdpr, hipaa, pci, soc2, or none?",
                    Answers.compliance()),
            new Ask(
                    Setting.DATA_RESIDENCY,
                    a -> "Must personal data stay in one jurisdiction (eu, us, uk, ca, au), or none?",
                    Answers.residency()),
            new Ask(
                    Setting.HOSTING,
                    a -> "Where will it run: aws, gcp, azure, cloud (any provider) or on-premises?",
                    Answers.hosting()),
            new Ask(
                    Setting.BUDGET_PER_MONTH,
                    a -> "What may the infrastructure cost per month, in US dollars?",
                    Answers.count(Setting.BUDGET_PER_MONTH, 1, 100_000_000, true)),
            new Ask(
                    Setting.REALTIME,
                    a -> "Must people see changes live, without refreshing (yes or no)?",
                    Answers.yesNo(Setting.REALTIME)),
            new Ask(
                    Setting.MULTI_TENANCY,
                    a -> "Will several customer organizations share one deployment, each seeing only its own data"
                            + " (yes or no)?",
                    Answers.yesNo(Setting.MULTI_TENANCY),
                    (a, values) -> a == Audience.BUSINESS));

    /** The key of the question a draft without entities leaves open; it is answered by editing the file. */
    static final String ENTITIES = RequirementKey.ENTITIES.path();

    private QuestionCatalog() {}

    /** The question of a draft that found no record in the brief. */
    static Question entities() {
        return new Question(
                ENTITIES,
                "What records does the system keep? Add them under 'entities', with their fields, and the access"
                        + " patterns that read and write them.",
                "none",
                DecisionRules.affectedBy(ENTITIES));
    }

    static Optional<Ask> forKey(String key) {
        return ALL.stream().filter(a -> a.setting().key().equals(key)).findFirst();
    }

    /** The questions still open: their value assumed, and worth asking for this audience. */
    static List<Ask> open(Audience audience, Map<Setting, Resolved> values) {
        return ALL.stream()
                .filter(a -> Resolved.of(values, a.setting()).assumed())
                .filter(a -> a.applies().test(audience, values))
                .toList();
    }
}
