package dev.archforge.design.init.knowledge;

import dev.archforge.model.Location;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One object of a knowledge file being read, named for messages ({@code entity 'Plan'}). Refuses keys
 * it does not know and members of the wrong type, each with the {@code file:line:column} where it is
 * written, so a malformed entry fails when the knowledge base loads, never in a user's draft.
 */
final class Entry {
    private final ObjectNode node;
    private final String what;

    private Entry(ObjectNode node, String what) {
        this.node = node;
        this.what = what;
    }

    /** The object at {@code value}, which may hold only {@code keys}. */
    static Entry of(Node value, String what, List<String> keys) {
        if (!(value instanceof ObjectNode o)) {
            throw problem(value, "expected an object for " + what + ", found " + found(value));
        }
        for (int i = 0; i < o.size(); i++) {
            if (!keys.contains(o.keyAt(i))) {
                throw problem(
                        o.valueAt(i).keyLocation(),
                        "unknown key '" + o.keyAt(i) + "' in " + what + ", expected one of " + String.join(", ", keys));
            }
        }
        return new Entry(o, what);
    }

    Node node() {
        return node;
    }

    String what() {
        return what;
    }

    Optional<Node> get(String key) {
        return node.get(key);
    }

    /** A required text member. */
    String text(String key) {
        return optionalText(key).orElseThrow(() -> problem(node, "missing '" + key + "' in " + what));
    }

    Optional<String> optionalText(String key) {
        return get(key).map(v -> text(v, "'" + key + "' in " + what));
    }

    /** A list of texts; empty when the member is left out. */
    List<String> texts(String key) {
        return get(key).map(v -> texts(v, "'" + key + "' in " + what)).orElse(List.of());
    }

    Optional<BigDecimal> number(String key) {
        return get(key).map(v -> number(v, "'" + key + "' in " + what));
    }

    /** A required number. */
    BigDecimal requiredNumber(String key) {
        return number(key).orElseThrow(() -> problem(node, "missing '" + key + "' in " + what));
    }

    /** A true/false member; false when left out. */
    boolean flag(String key) {
        Optional<Node> v = get(key);
        if (v.isEmpty()) {
            return false;
        }
        if (v.get() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN) {
            return s.isTrue();
        }
        throw problem(v.get(), "expected true or false for '" + key + "' in " + what + ", found " + found(v.get()));
    }

    /** The members of an object-valued member, in written order; empty when left out. */
    List<Member> members(String key) {
        Optional<Node> v = get(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof ObjectNode o)) {
            throw problem(v.get(), "expected an object for '" + key + "' in " + what + ", found " + found(v.get()));
        }
        List<Member> out = new ArrayList<>(o.size());
        for (int i = 0; i < o.size(); i++) {
            out.add(new Member(o.keyAt(i), o.valueAt(i)));
        }
        return out;
    }

    /** The items of a list-valued member; empty when left out. */
    List<Node> items(String key) {
        Optional<Node> v = get(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof ArrayNode a)) {
            throw problem(v.get(), "expected a list for '" + key + "' in " + what + ", found " + found(v.get()));
        }
        return a.items();
    }

    /** A member of an object: its key and its value. */
    record Member(String key, Node value) {}

    static String text(Node value, String what) {
        if (value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            return s.text();
        }
        throw problem(value, "expected text for " + what + ", found " + found(value));
    }

    static List<String> texts(Node value, String what) {
        if (!(value instanceof ArrayNode a)) {
            throw problem(value, "expected a list for " + what + ", found " + found(value));
        }
        List<String> out = new ArrayList<>(a.size());
        for (Node item : a.items()) {
            out.add(text(item, "an item of " + what));
        }
        return List.copyOf(out);
    }

    static BigDecimal number(Node value, String what) {
        return value.asScalar()
                .filter(s -> s.kind() == ScalarNode.Kind.NUMBER)
                .flatMap(ScalarNode::number)
                .orElseThrow(() -> problem(value, "expected a number for " + what + ", found " + found(value)));
    }

    /**
     * Builds a value whose constructor checks it ({@code EntitySpec}, {@code FieldSpec}...), turning its
     * refusal into a problem at {@code at}.
     */
    static <T> T build(Node at, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw problem(at, String.valueOf(e.getMessage()));
        }
    }

    static IllegalStateException problem(Node at, String message) {
        return problem(at.location(), message);
    }

    static IllegalStateException problem(Location at, String message) {
        return new IllegalStateException(at + ": " + message);
    }

    static String found(Node value) {
        if (value instanceof ObjectNode) {
            return "an object";
        }
        if (value instanceof ArrayNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) value;
        return switch (s.kind()) {
            case NULL -> "nothing";
            case STRING -> "text '" + s.text() + "'";
            case NUMBER -> "number " + s.text();
            case BOOLEAN -> s.text();
        };
    }
}
