package dev.archforge.design.init;

import dev.archforge.design.plan.Question;
import dev.archforge.design.yaml.YamlWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drafted requirements file and what is still open about it.
 *
 * @param domain the knowledge-base domain the brief matched ({@code fitness}, {@code general} if none)
 * @param capabilities the capabilities applied, in knowledge-base order
 * @param document the file as an ordered YAML tree (maps, lists, scalars, {@code Commented} values)
 * @param questions the questions still open, in the order they are asked
 * @param assumptions the keys whose values are assumed, as listed in the file
 * @param risks what a reviewer should look at, from the domain and capabilities
 * @param facts every fact read from the brief, those that map to no key included
 * @param assumed every assumed value by key, as shown
 */
public record Draft(
        String domain,
        List<String> capabilities,
        Map<String, Object> document,
        List<Question> questions,
        List<String> assumptions,
        List<String> risks,
        List<Fact> facts,
        Map<String, String> assumed) {
    public Draft {
        facts = List.copyOf(facts);
        assumed = Collections.unmodifiableMap(new LinkedHashMap<>(assumed));
        capabilities = List.copyOf(capabilities);
        document = Collections.unmodifiableMap(new LinkedHashMap<>(document));
        questions = List.copyOf(questions);
        assumptions = List.copyOf(assumptions);
        risks = List.copyOf(risks);
    }

    /** The text of {@code archforge.yaml}. */
    public String yaml() {
        return YamlWriter.write(document);
    }
}
