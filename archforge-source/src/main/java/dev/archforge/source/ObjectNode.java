package dev.archforge.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A JSON object or YAML mapping; members keep their written order. */
public final class ObjectNode extends Node {
    private final Map<String, Node> members = new LinkedHashMap<>();

    ObjectNode(String file, int line, int column) {
        super(file, line, column);
    }

    /** Adds a member; returns false when the key was already present (the first one is kept). */
    boolean put(String key, Node value, int keyLine, int keyColumn) {
        if (members.containsKey(key)) {
            return false;
        }
        value.attach(this, key, keyLine, keyColumn);
        members.put(key, value);
        return true;
    }

    /** Removes a member (used to apply YAML merge keys); returns it. */
    @org.jspecify.annotations.Nullable
    Node removeMember(String key) {
        return members.remove(key);
    }

    public Map<String, Node> members() {
        return Collections.unmodifiableMap(members);
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(members.get(key));
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    public Optional<ObjectNode> object(String key) {
        return get(key).flatMap(Node::asObject);
    }

    public Optional<ArrayNode> array(String key) {
        return get(key).flatMap(Node::asArray);
    }

    /** The text of a string member. */
    public Optional<String> text(String key) {
        return get(key).flatMap(Node::asText);
    }

    /** The text of any scalar member (string, number or boolean), as written. */
    public Optional<String> scalarText(String key) {
        return get(key).flatMap(Node::asScalar)
                .filter(s -> s.kind() != ScalarNode.Kind.NULL)
                .map(ScalarNode::text);
    }

    public boolean isTrue(String key) {
        return get(key).flatMap(Node::asScalar).map(ScalarNode::isTrue).orElse(false);
    }

    public int size() {
        return members.size();
    }

    @Override
    public String typeName() {
        return "object";
    }
}
