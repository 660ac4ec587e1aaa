package dev.archforge.openapi.rules.structure;

import dev.archforge.model.Location;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule ids an {@code x-archforge-ignore} names, read the three ways {@link ApiContext} honours
 * them: a mapping of ids to reasons ({@code {api-path-verb: "kept for v0 clients"}}), a list of ids
 * or one id. Only the mapping has a place for the reason.
 *
 * @param owner the object that holds {@code x-archforge-ignore}
 * @param value its value
 * @param entries each id, where it is written, and its reason (empty when it has none)
 * @param mapping true for the mapping form
 */
record IgnoreEntries(ObjectNode owner, Node value, List<Entry> entries, boolean mapping) {

    /** One id, where it is written, and the reason given for it (empty when none is). */
    record Entry(String ruleId, Location at, String reason) {}

    IgnoreEntries {
        entries = List.copyOf(entries);
    }

    /** Every {@code x-archforge-ignore} of the document's own file, in document order. */
    static List<IgnoreEntries> of(ApiContext context) {
        List<IgnoreEntries> out = new ArrayList<>();
        for (ObjectNode o : context.api().objects()) {
            o.get(ApiContext.IGNORE_KEY).ifPresent(value -> out.add(read(o, value)));
        }
        return out;
    }

    private static IgnoreEntries read(ObjectNode owner, Node value) {
        List<Entry> entries = new ArrayList<>();
        if (value instanceof ObjectNode map) {
            for (Map.Entry<String, Node> e : map.members().entrySet()) {
                entries.add(new Entry(e.getKey(), e.getValue().keyLocation(), reason(e.getValue())));
            }
            return new IgnoreEntries(owner, value, entries, true);
        }
        value.asArray().ifPresent(list -> list.items()
                .forEach(item -> item.asText().ifPresent(id -> entries.add(new Entry(id, item.location(), "")))));
        value.asText().ifPresent(id -> entries.add(new Entry(id, value.location(), "")));
        return new IgnoreEntries(owner, value, entries, false);
    }

    /** The reason a mapping gives for one id: its text, unless it is empty, null or a boolean. */
    private static String reason(Node node) {
        if (node instanceof ScalarNode s
                && (s.kind() == ScalarNode.Kind.STRING || s.kind() == ScalarNode.Kind.NUMBER)) {
            return s.text().strip();
        }
        return "";
    }
}
