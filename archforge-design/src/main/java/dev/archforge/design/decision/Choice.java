package dev.archforge.design.decision;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Alternative;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * What a rule returns: the choice and its reasoning, assembled step by step. The engine turns it
 * into a {@link Decision} with the id, area and title of the rule's {@link DecisionInfo}, and
 * refuses a choice without rationale, drivers, two alternatives, a trade-off or a revisit threshold.
 */
public final class Choice {
    private String choice;
    private final StringJoiner rationale = new StringJoiner(" ");
    private final List<String> drivers = new ArrayList<>();
    private final List<Alternative> alternatives = new ArrayList<>();
    private final List<String> tradeoffs = new ArrayList<>();
    private String revisitWhen = "";

    private Choice(String choice) {
        this.choice = choice;
    }

    /** A choice stated in one line ("Modular monolith"). */
    public static Choice of(String choice) {
        return new Choice(choice);
    }

    /** Replaces the one-line choice, for rules that build it while they reason. */
    public Choice withChoice(String text) {
        this.choice = text;
        return this;
    }

    /** Adds a sentence of rationale; sentences are joined with spaces. */
    public Choice because(String sentence) {
        rationale.add(sentence);
        return this;
    }

    /** Records that requirement {@code key} with {@code value} drove the choice: {@code team.size = 5}. */
    public Choice driver(RequirementKey key, Object value) {
        String line = key.path() + " = " + Numbers.text(value);
        if (!drivers.contains(line)) {
            drivers.add(line);
        }
        return this;
    }

    /** Records the scale keys behind the load: daily actives, actions per user and the peak. */
    Choice drivenByLoad(Load load) {
        driver(RequirementKey.DAILY_ACTIVE_USERS, load.dailyActiveUsers());
        driver(RequirementKey.ACTIONS_PER_USER, load.actionsPerUserPerDay());
        return load.peakGiven()
                ? driver(RequirementKey.PEAK_RPS, load.peakRps())
                : driver(RequirementKey.PEAK_FACTOR, load.peakFactor());
    }

    public Choice alternative(String option, String whyNot) {
        alternatives.add(new Alternative(option, whyNot));
        return this;
    }

    public Choice tradeoff(String tradeoff) {
        tradeoffs.add(tradeoff);
        return this;
    }

    public Choice revisitWhen(String threshold) {
        this.revisitWhen = threshold;
        return this;
    }

    /** The decision, checked for completeness. */
    Decision toDecision(DecisionInfo info) {
        String why = rationale.toString();
        String problem = problem(why);
        if (!problem.isEmpty()) {
            throw new IllegalStateException("decision '" + info.id() + "' has " + problem);
        }
        return new Decision(
                info.id(), info.area(), info.title(), choice, why, drivers, alternatives, tradeoffs, revisitWhen);
    }

    private String problem(String why) {
        if (choice.isEmpty()) {
            return "no choice";
        }
        if (why.isEmpty()) {
            return "no rationale";
        }
        if (drivers.isEmpty()) {
            return "no drivers";
        }
        if (alternatives.size() < 2) {
            return "fewer than two alternatives";
        }
        if (tradeoffs.isEmpty()) {
            return "no trade-offs";
        }
        return revisitWhen.isEmpty() ? "no revisit threshold" : "";
    }
}
