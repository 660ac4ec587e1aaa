package dev.archforge.design.init;

import dev.archforge.design.plan.Question;
import java.util.List;

/**
 * What {@code archforge init} produced.
 *
 * @param yaml the text of {@code archforge.yaml}
 * @param openQuestions the questions left unanswered, for the CLI to print
 * @param assumptions the keys whose values are assumed, as listed in the file
 * @param domain the knowledge-base domain the brief matched
 * @param risks what a reviewer should look at
 */
public record InitResult(
        String yaml, List<Question> openQuestions, List<String> assumptions, String domain, List<String> risks) {
    public InitResult {
        openQuestions = List.copyOf(openQuestions);
        assumptions = List.copyOf(assumptions);
        risks = List.copyOf(risks);
    }
}
