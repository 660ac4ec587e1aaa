package dev.archforge.source;

import dev.archforge.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tree surgery the YAML reader needs: copying an aliased node and applying merge keys. */
final class Trees {
    private Trees() {}

    /** A deep copy of {@code node} at the same positions; {@code counter[0]} counts the nodes made. */
    static Node copy(Node node, int[] counter, int maxNodes) {
        counter[0]++;
        if (counter[0] > maxNodes) {
            throw new InvalidInputException(
                    node.location(),
                    "YAML aliases expand to more than " + maxNodes
                            + " values (an alias bomb? raise the limit with --max-alias-values)");
        }
        if (node instanceof ScalarNode s) {
            ScalarNode c = new ScalarNode(s.file(), s.line(), s.column(), s.kind(), s.text());
            c.end(s.location().endLine(), s.location().endColumn());
            return c;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode c = new ArrayNode(a.file(), a.line(), a.column());
            for (Node item : a.items()) {
                c.add(copy(item, counter, maxNodes));
            }
            c.end(a.location().endLine(), a.location().endColumn());
            return c;
        }
        ObjectNode o = (ObjectNode) node;
        ObjectNode c = new ObjectNode(o.file(), o.line(), o.column());
        for (Map.Entry<String, Node> m : o.members().entrySet()) {
            Node v = m.getValue();
            c.put(
                    m.getKey(),
                    copy(v, counter, maxNodes),
                    v.keyLocation().line(),
                    v.keyLocation().column());
        }
        c.end(o.location().endLine(), o.location().endColumn());
        return c;
    }

    /** Replaces a {@code <<} member by the members of the mapping(s) it names, keeping explicit keys. */
    static void applyMerge(ObjectNode target) {
        Node merge = target.removeMember("<<");
        List<ObjectNode> sources = new ArrayList<>();
        if (merge instanceof ObjectNode o) {
            sources.add(o);
        } else if (merge instanceof ArrayNode a) {
            for (Node item : a.items()) {
                item.asObject().ifPresent(sources::add);
            }
        }
        for (ObjectNode source : sources) {
            for (Map.Entry<String, Node> m : source.members().entrySet()) {
                Node v = m.getValue();
                if (!target.has(m.getKey())) {
                    int[] counter = {0};
                    target.put(
                            m.getKey(),
                            copy(v, counter, Integer.MAX_VALUE),
                            v.keyLocation().line(),
                            v.keyLocation().column());
                }
            }
        }
    }
}
