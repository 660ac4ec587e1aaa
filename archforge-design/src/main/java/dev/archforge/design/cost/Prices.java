package dev.archforge.design.cost;

import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit prices the cost model assumes, one per {@link Item}, read once from the {@code prices.yaml}
 * beside this class. A price that is missing, unknown or malformed is a packaging error and fails
 * loudly with its location.
 */
public final class Prices {
    static final String RESOURCE = "prices.yaml";

    private final Map<Item, Price> prices;

    private Prices(Map<Item, Price> prices) {
        this.prices = new EnumMap<>(prices);
    }

    /** The prices shipped with Archforge. */
    public static Prices standard() {
        return Standard.PRICES;
    }

    /** The price of one unit of {@code item}. */
    public Price of(Item item) {
        Price p = prices.get(item);
        if (p == null) {
            throw new IllegalStateException("no price for " + item.id());
        }
        return p;
    }

    /** Every price, in {@link Item} order. */
    public List<Price> all() {
        return List.copyOf(prices.values());
    }

    /** Parses a prices file; every item must be priced exactly once. */
    public static Prices parse(String name, byte[] bytes) {
        Node root = new DocumentReader(Limits.DEFAULT).parse(name, bytes).root();
        ObjectNode object = root.asObject().orElseThrow(() -> problem(root, "expected a map of item ids to prices"));
        Map<Item, Price> prices = new EnumMap<>(Item.class);
        for (Map.Entry<String, Node> e : object.members().entrySet()) {
            Item item = Arrays.stream(Item.values())
                    .filter(i -> i.id().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow(() -> problem(e.getValue(), "unknown item '" + e.getKey() + "'"));
            ObjectNode p = e.getValue().asObject().orElseThrow(() -> problem(e.getValue(), "expected a map"));
            prices.put(
                    item,
                    new Price(
                            item,
                            text(p, "title"),
                            text(p, "unit"),
                            number(p, "usd").orElseThrow(() -> problem(p, "missing number 'usd'")),
                            number(p, "vcpu").orElse(0.0).intValue(),
                            text(p, "approximates")));
        }
        List<String> missing = new ArrayList<>();
        for (Item item : Item.values()) {
            if (!prices.containsKey(item)) {
                missing.add(item.id());
            }
        }
        if (!missing.isEmpty()) {
            throw problem(root, "no price for " + String.join(", ", missing));
        }
        return new Prices(prices);
    }

    private static String text(ObjectNode p, String key) {
        return p.text(key).orElseThrow(() -> problem(p, "missing text '" + key + "'"));
    }

    private static Optional<Double> number(ObjectNode p, String key) {
        return p.get(key).flatMap(Node::asScalar).flatMap(ScalarNode::number).map(BigDecimal::doubleValue);
    }

    private static IllegalStateException problem(Node at, String message) {
        return new IllegalStateException(at.location() + ": " + message);
    }

    /** Reads the shipped file on first use. */
    private static final class Standard {
        static final Prices PRICES = load();

        private static Prices load() {
            try (InputStream in = Prices.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return parse(RESOURCE, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
