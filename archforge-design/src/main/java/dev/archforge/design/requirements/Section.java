package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One object of the requirements file being read, named for messages ({@code scale},
 * {@code entity 'Workout'}). Reports unknown keys when made and every member of the wrong type when
 * read, so the readers only state what they expect. A missing section is an absent one: every key
 * reads as missing. A key whose value is null ({@code peak-factor:}) reads as missing too.
 */
final class Section {
    /** Upper bounds from here on are not worth stating in a message. */
    private static final BigDecimal UNBOUNDED = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final @Nullable ObjectNode node;
    private final String name;
    private final List<RequirementKey> known;
    private final Location where;
    private final Problems problems;

    private Section(
            @Nullable ObjectNode node, String name, List<RequirementKey> known, Location where, Problems problems) {
        this.node = node;
        this.name = name;
        this.known = known;
        this.where = where;
        this.problems = problems;
    }

    /**
     * The object at {@code value}, holding the keys under {@code holder} (the top-level keys for
     * {@code null}), reporting a value of another type and every other key.
     */
    static Optional<Section> of(Node value, String name, @Nullable RequirementKey holder, Problems problems) {
        if (!(value instanceof ObjectNode o)) {
            problems.add(value.location(), "expected an object for " + name + ", found " + found(value));
            return Optional.empty();
        }
        List<RequirementKey> known = RequirementKey.children(holder);
        List<String> spelled = RequirementKey.keys(holder);
        for (int i = 0; i < o.size(); i++) {
            String key = o.keyAt(i);
            if (!spelled.contains(key)) {
                problems.add(
                        o.valueAt(i).keyLocation(),
                        "unknown key '" + key + "' in " + name + Suggest.hint(key, spelled));
            }
        }
        return Optional.of(new Section(o, name, known, whereOf(o), problems));
    }

    /** A section the file leaves out: all its keys are missing. */
    static Section absent(RequirementKey holder, Location where, Problems problems) {
        return new Section(null, holder.key(), RequirementKey.children(holder), where, problems);
    }

    /** Reads the optional member {@code key} of {@code parent} as a section, absent when missing or null. */
    static Optional<Section> optional(Section parent, RequirementKey key) {
        return parent.get(key).flatMap(v -> of(v, key.key(), key, parent.problems));
    }

    /** Where messages about the whole object point: its key if it has one, else its first position. */
    static Location whereOf(Node node) {
        return node.key().isPresent() ? node.keyLocation() : node.location();
    }

    /** How a value that has the wrong type is named in a message. */
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
            case STRING -> "text '" + shorten(s.text()) + "'";
            case NUMBER -> "number " + s.text();
            case BOOLEAN -> s.text();
        };
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    String name() {
        return name;
    }

    Location where() {
        return where;
    }

    Problems problems() {
        return problems;
    }

    /** The value of {@code key}; empty when missing or null. */
    Optional<Node> get(RequirementKey key) {
        if (!known.contains(key)) {
            throw new IllegalArgumentException(key.name() + " is not a key of " + name);
        }
        if (node == null) {
            return Optional.empty();
        }
        return node.get(key.key()).filter(v -> !(v instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL));
    }

    boolean has(RequirementKey key) {
        return get(key).isPresent();
    }

    void report(Location at, String message) {
        problems.add(at, message);
    }

    /** Reports {@code key} as missing and what it should hold. */
    void missing(RequirementKey key, String expected) {
        problems.add(where, "missing '" + key.key() + "' in " + name + ", expected " + expected);
    }

    /** Reports that none of {@code keys} is given, naming them {@code a|b|c}, and what one should hold. */
    void missingOneOf(List<RequirementKey> keys, String expected) {
        StringJoiner names = new StringJoiner("|");
        keys.forEach(k -> names.add(k.key()));
        problems.add(where, "missing '" + names + "' in " + name + ", expected " + expected);
    }

    /** Any scalar as text (numbers and booleans as written). */
    Optional<Text> text(RequirementKey key) {
        return get(key).flatMap(v -> scalar(v, "'" + key.key() + "' in " + name, problems));
    }

    Optional<Text> requiredText(RequirementKey key, String expected) {
        if (!has(key)) {
            missing(key, expected);
        }
        return text(key);
    }

    Optional<Boolean> bool(RequirementKey key) {
        Optional<Node> v = get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN) {
            return Optional.of(s.isTrue());
        }
        problems.add(
                v.get().location(),
                "expected true or false for '" + key.key() + "' in " + name + ", found " + found(v.get()));
        return Optional.empty();
    }

    /** Any number. */
    Optional<BigDecimal> number(RequirementKey key) {
        Optional<Node> v = get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> n = v.get().asScalar().flatMap(ScalarNode::number);
        if (n.isEmpty()) {
            problems.add(
                    v.get().location(),
                    "expected a number for '" + key.key() + "' in " + name + ", found " + found(v.get()));
        }
        return n;
    }

    /** A number within {@code [min, max]}. */
    Optional<BigDecimal> number(RequirementKey key, BigDecimal min, BigDecimal max) {
        Optional<BigDecimal> n = number(key);
        if (n.isPresent() && (n.get().compareTo(min) < 0 || n.get().compareTo(max) > 0)) {
            problems.add(get(key).orElseThrow().location(), outOfRange(key, min, max, n.get()));
            return Optional.empty();
        }
        return n;
    }

    /** A number above 0 and at most {@code max}. */
    Optional<BigDecimal> positive(RequirementKey key, BigDecimal max) {
        Optional<BigDecimal> n = number(key, BigDecimal.ZERO, max);
        if (n.isPresent() && n.get().signum() == 0) {
            problems.add(
                    get(key).orElseThrow().location(),
                    "'" + key.key() + "' in " + name + " must be more than 0, found "
                            + n.get().toPlainString());
            return Optional.empty();
        }
        return n;
    }

    /** One of {@code allowed}, exactly as written there. */
    Optional<String> choice(RequirementKey key, List<String> allowed) {
        Optional<Text> t = text(key);
        if (t.isPresent() && !allowed.contains(t.get().value())) {
            problems.add(
                    t.get().location(),
                    "unknown " + key.key() + " '" + t.get().value() + "' in " + name
                            + Suggest.hint(t.get().value(), allowed));
            return Optional.empty();
        }
        return t.map(Text::value);
    }

    /** A whole number within {@code [min, max]}. */
    Optional<Long> whole(RequirementKey key, long min, long max) {
        Optional<BigDecimal> n = number(key, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        if (n.isPresent() && n.get().stripTrailingZeros().scale() > 0) {
            problems.add(
                    get(key).orElseThrow().location(),
                    "expected a whole number for '" + key.key() + "' in " + name + ", found "
                            + n.get().toPlainString());
            return Optional.empty();
        }
        return n.map(BigDecimal::longValueExact);
    }

    private String outOfRange(RequirementKey key, BigDecimal min, BigDecimal max, BigDecimal found) {
        String range = max.compareTo(UNBOUNDED) >= 0
                ? "at least " + min.toPlainString()
                : "between " + min.toPlainString() + " and " + max.toPlainString();
        return "'" + key.key() + "' in " + name + " must be " + range + ", found " + found.toPlainString();
    }

    /** A list of scalars; empty when missing. */
    Optional<List<Text>> texts(RequirementKey key) {
        return get(key).flatMap(v -> texts(v, "'" + key.key() + "' in " + name, problems));
    }

    /** The items of a list of scalars, reporting anything that is not a list or not a scalar. */
    static Optional<List<Text>> texts(Node value, String what, Problems problems) {
        return list(value, what, problems).map(a -> {
            List<Text> out = new ArrayList<>(a.size());
            for (Node item : a.items()) {
                scalar(item, "an item of " + what, problems).ifPresent(out::add);
            }
            return out;
        });
    }

    static Optional<ArrayNode> list(Node value, String what, Problems problems) {
        if (value instanceof ArrayNode a) {
            return Optional.of(a);
        }
        problems.add(value.location(), "expected a list for " + what + ", found " + found(value));
        return Optional.empty();
    }

    static Optional<Text> scalar(Node value, String what, Problems problems) {
        if (value instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL) {
            return Optional.of(new Text(s.text(), s));
        }
        problems.add(value.location(), "expected text for " + what + ", found " + found(value));
        return Optional.empty();
    }
}
