package dev.archforge.design.artifact.domain;

import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a field's values must satisfy beyond their type, read from what the field means: amounts of
 * money are positive, prices and totals never negative, quantities, stock and durations never
 * negative, and an end never before its start. The schema states each as a CHECK constraint and the
 * API as a bound (or, for two fields, in the description), so neither accepts what the other refuses.
 */
public final class Invariants {
    /** Words of a name that mark a count or a measure that cannot be negative. */
    private static final Set<String> COUNTS = Set.of(
            "quantity",
            "qty",
            "stock",
            "inventory",
            "count",
            "seats",
            "capacity",
            "bytes",
            "size",
            "seconds",
            "minutes",
            "hours",
            "days",
            "duration",
            "repetitions",
            "reps",
            "samples",
            "attempts",
            "position",
            "kg",
            "weight");
    /** Words of a name that mark money. */
    private static final Set<String> MONEY = Set.of("amount", "price", "cost", "fee", "total", "subtotal", "tax");
    /** Words of a name that mark a value that may go either way: a balance, a correction. */
    private static final Set<String> SIGNED =
            Set.of("balance", "adjustment", "delta", "difference", "change", "net", "offset", "correction");

    private Invariants() {}

    /** One rule a row must keep. */
    public sealed interface Invariant {
        /** The column the CHECK constraint is named after. */
        String column();
    }

    /**
     * {@code column > 0} when {@code strict}, else {@code column >= 0}.
     *
     * @param field the field, for its type
     */
    public record NotNegative(Field field, boolean strict) implements Invariant {
        @Override
        public String column() {
            return Names.snake(field.name());
        }
    }

    /** {@code 0 <= column <= 100}: a percentage. */
    public record Percentage(Field field) implements Invariant {
        @Override
        public String column() {
            return Names.snake(field.name());
        }
    }

    /** {@code later > earlier} for instants, {@code later >= earlier} for dates (a one-day stay). */
    public record Ordered(Field earlier, Field later) implements Invariant {
        @Override
        public String column() {
            return Names.snake(later.name());
        }

        public boolean strict() {
            return later.type() == FieldType.TIMESTAMP;
        }
    }

    /** The invariants of an entity, in field order: bounds first, then ordered pairs. */
    public static List<Invariant> of(Entity entity) {
        List<Invariant> out = new ArrayList<>();
        for (Field f : entity.fields()) {
            bound(f).ifPresent(out::add);
        }
        for (Field start : entity.fields()) {
            for (Field end : entity.fields()) {
                if (isTime(start) && isTime(end) && start.type() == end.type() && pairs(start.name(), end.name())) {
                    out.add(new Ordered(start, end));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The bound of one field, if its name gives it one. */
    public static Optional<Invariant> bound(Field field) {
        List<String> words = List.of(Names.snake(field.name()).split("_"));
        if (words.stream().anyMatch(SIGNED::contains)) {
            return Optional.empty();
        }
        boolean number = field.type() == FieldType.INTEGER
                || field.type() == FieldType.LONG
                || field.type() == FieldType.DECIMAL;
        boolean money = field.type() == FieldType.MONEY
                || (field.type() == FieldType.DECIMAL && words.stream().anyMatch(MONEY::contains));
        if (number && (words.contains("percent") || words.contains("pct") || words.contains("percentage"))) {
            return Optional.of(new Percentage(field));
        }
        if (money) {
            // an amount that moves is positive (a refund is its own record); a price or a total may be zero
            return Optional.of(new NotNegative(field, words.contains("amount")));
        }
        if (number && words.stream().anyMatch(COUNTS::contains)) {
            return Optional.of(new NotNegative(field, false));
        }
        return Optional.empty();
    }

    private static boolean isTime(Field f) {
        return f.type() == FieldType.TIMESTAMP || f.type() == FieldType.DATE;
    }

    /** {@code starts_at}/{@code ends_at}, {@code start_date}/{@code end_date}, {@code valid_from}/{@code valid_until}. */
    static boolean pairs(String start, String end) {
        List<String> a = List.of(Names.snake(start).split("_"));
        List<String> b = List.of(Names.snake(end).split("_"));
        if (a.size() != b.size()) {
            return false;
        }
        int differ = -1;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                if (differ >= 0) {
                    return false;
                }
                differ = i;
            }
        }
        if (differ < 0) {
            return false;
        }
        String from = a.get(differ);
        String to = b.get(differ);
        return switch (from) {
            case "start", "starts" -> to.equals("end") || to.equals("ends");
            case "started" -> to.equals("ended") || to.equals("finished") || to.equals("completed");
            case "from" -> to.equals("to") || to.equals("until");
            case "in" -> to.equals("out");
            case "opens" -> to.equals("closes");
            default -> false;
        };
    }
}
