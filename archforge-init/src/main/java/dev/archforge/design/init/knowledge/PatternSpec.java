package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.AccessPattern.Operation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An access pattern a domain usually has: who does what to which entity, how often.
 *
 * @param filters field or relation names ({@code state} and {@code created_at} exist on every entity
 *     with a lifecycle and every entity respectively)
 * @param sort {@code field} or {@code field desc}
 * @param perUserPerDay how often one active user does this, unless {@code rate} says otherwise
 * @param rate a frequency in another form of the file ({@code 1 per 4 seconds per actor}, {@code 20000 per
 *     day}); it replaces {@code perUserPerDay}
 * @param payloadBytes size of one request body or record written; 0 when not known
 */
public record PatternSpec(
        String name,
        String actor,
        Operation operation,
        String entity,
        List<String> filters,
        Optional<String> sort,
        double perUserPerDay,
        Optional<String> rate,
        long payloadBytes) {
    private static final Pattern RATE = Pattern.compile(
            "\\d+(?:\\.\\d+)? per (?:(?:user|actor) per )?"
                    + "(?:second|minute|hour|day)|\\d+(?:\\.\\d+)? per \\d+(?:\\.\\d+)? (?:second|minute|hour|day)s? per actor");

    public PatternSpec {
        if (!name.matches("[a-z@][a-z0-9@-]*")) {
            throw new IllegalArgumentException("pattern name must be kebab-case, got '" + name + "'");
        }
        Shorthand.name("actor", actor);
        filters = List.copyOf(filters);
        filters.forEach(f -> Shorthand.name("filter", f));
        sort.ifPresent(s -> Shorthand.name("sort", s.replaceFirst(" desc$", "")));
        if (!(perUserPerDay > 0)) {
            throw new IllegalArgumentException("pattern '" + name + "' needs a positive frequency");
        }
        rate.ifPresent(r -> {
            if (!RATE.matcher(r).matches()) {
                throw new IllegalArgumentException("pattern '" + name + "' has rate '" + r + "', expected a frequency"
                        + " of the requirements file such as '20000 per day' or '1 per 4 seconds per actor'");
            }
        });
        if (payloadBytes < 0) {
            throw new IllegalArgumentException("pattern '" + name + "' payload must not be negative");
        }
    }

    public static PatternSpec of(String name, String actor, Operation operation, String entity, double perDay) {
        return new PatternSpec(
                name, actor, operation, entity, List.of(), Optional.empty(), perDay, Optional.empty(), 0);
    }

    public PatternSpec filter(String... names) {
        return new PatternSpec(name, actor, operation, entity, List.of(names), sort, perUserPerDay, rate, payloadBytes);
    }

    public PatternSpec sort(String field) {
        return new PatternSpec(
                name, actor, operation, entity, filters, Optional.of(field), perUserPerDay, rate, payloadBytes);
    }

    /** This pattern with a frequency in another form than per user per day. */
    public PatternSpec rate(String frequency) {
        return new PatternSpec(
                name, actor, operation, entity, filters, sort, perUserPerDay, Optional.of(frequency), payloadBytes);
    }

    public PatternSpec payloadBytes(long bytes) {
        return new PatternSpec(name, actor, operation, entity, filters, sort, perUserPerDay, rate, bytes);
    }

    public PatternSpec actor(String value) {
        return new PatternSpec(name, value, operation, entity, filters, sort, perUserPerDay, rate, payloadBytes);
    }

    /** The frequency as the requirements file writes it. */
    public String frequency() {
        return rate.orElseGet(() -> show(perUserPerDay) + " per user per day");
    }

    /** True when the frequency is per member of the actor, which needs the actor's count. */
    public boolean perActor() {
        return (rate.isPresent() && rate.get().endsWith("per actor"))
                || (rate.isPresent() && rate.get().contains(" per actor per "));
    }

    private static String show(double n) {
        return n == Math.rint(n)
                ? Long.toString((long) n)
                : java.math.BigDecimal.valueOf(n).toPlainString();
    }
}
