package dev.archforge.design.eval;

import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * One row of the facts table {@code archforge init} writes under {@code brief.facts}.
 *
 * @param key the requirement key it set, or {@code none}
 * @param value the value it read
 * @param source the brief's words it read them from
 */
record DraftFact(String key, String value, String source) {
    /** The facts of a drafted {@code archforge.yaml}; none when it has no {@code brief.facts} list. */
    static List<DraftFact> of(String draftYaml) {
        ObjectNode root = Yaml.root("archforge.yaml", draftYaml);
        return root.object("brief")
                .flatMap(brief -> brief.array("facts"))
                .map(DraftFact::rows)
                .orElse(List.of());
    }

    private static List<DraftFact> rows(ArrayNode facts) {
        return facts.items().stream()
                .map(Node::asObject)
                .flatMap(Optional::stream)
                .map(f -> new DraftFact(
                        Yaml.scalar(f, "key").orElse(""),
                        String.join(", ", Yaml.scalars(f, "value")),
                        Yaml.scalar(f, "source").orElse("")))
                .toList();
    }
}
