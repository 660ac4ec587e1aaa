package dev.archforge.design.init;

import dev.archforge.design.plan.Question;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code archforge init} produced.
 *
 * @param yaml the text of {@code archforge.yaml}
 * @param openQuestions the questions left unanswered, for the CLI to print
 * @param assumptions the keys whose values are assumed, as listed in the file
 * @param domain the knowledge-base domain the brief matched
 * @param risks what a reviewer should look at
 * @param facts every fact read from the brief, with the brief's words
 * @param assumed every assumed value by key, as shown
 */
public record InitResult(
        String yaml,
        List<Question> openQuestions,
        List<String> assumptions,
        String domain,
        List<String> risks,
        List<Fact> facts,
        Map<String, String> assumed) {
    public InitResult {
        facts = List.copyOf(facts);
        assumed = Collections.unmodifiableMap(new LinkedHashMap<>(assumed));
        openQuestions = List.copyOf(openQuestions);
        assumptions = List.copyOf(assumptions);
        risks = List.copyOf(risks);
    }
}
