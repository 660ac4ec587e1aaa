package dev.archforge.design.eval;

import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the evaluation's YAML with Archforge's own reader, as plain scalars, lists and maps. */
final class Yaml {
    private Yaml() {}

    /** The top-level object of a YAML text; an empty object's members when the text is not a map. */
    static ObjectNode root(String displayName, String text) {
        Node root = new DocumentReader(Limits.DEFAULT)
                .parse(displayName, text.getBytes(StandardCharsets.UTF_8))
                .root();
        return root.asObject()
                .orElseThrow(() -> new IllegalArgumentException(displayName + ": expected a map at the top"));
    }

    /** The text of a scalar member (string, number or boolean, as written). */
    static Optional<String> scalar(ObjectNode object, String key) {
        return object.scalarText(key);
    }

    /** The scalar texts of a member that is one scalar or a list of scalars; empty when absent. */
    static List<String> scalars(ObjectNode object, String key) {
        Optional<Node> node = object.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        node.get().asScalar().filter(s -> s.kind() != ScalarNode.Kind.NULL).ifPresent(s -> out.add(s.text()));
        node.get().asArray().ifPresent(array -> array.items().stream()
                .map(Node::asScalar)
                .flatMap(Optional::stream)
                .filter(s -> s.kind() != ScalarNode.Kind.NULL)
                .forEach(s -> out.add(s.text())));
        return out;
    }
}
