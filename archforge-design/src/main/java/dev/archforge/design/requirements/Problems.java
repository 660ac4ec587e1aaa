package dev.archforge.design.requirements;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem found while reading a requirements file, so the user sees all of them at
 * once instead of fixing one per run. {@link #throwIfAny()} turns them into one
 * {@link InvalidInputException}: located at the first problem, whose {@code describe()} prints one
 * {@code file:line:col: message} line per problem, sorted by position.
 */
final class Problems {
    /** More than this many and the rest are counted, not listed: one bad file must not flood a terminal. */
    static final int MAX_LISTED = 50;

    private static final Comparator<Problem> ORDER = Comparator.comparingInt(
                    (Problem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    private final Set<Problem> problems = new LinkedHashSet<>();

    /** One problem: where, and what is wrong and what was expected. */
    record Problem(Location location, String message) {
        String line() {
            return location + ": " + message;
        }
    }

    void add(Location location, String message) {
        problems.add(new Problem(Location.at(location.file(), location.line(), location.column()), message));
    }

    /** How many distinct problems were found so far; readers compare it to tell whether a part was clean. */
    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems so far in file order (stable for problems at the same position). */
    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(ORDER);
        return out;
    }

    /** Throws one exception describing every problem, if there is any. */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> all = sorted();
        Problem first = all.get(0);
        StringBuilder message = new StringBuilder(first.message());
        int listed = Math.min(all.size(), MAX_LISTED);
        for (int i = 1; i < listed; i++) {
            message.append('\n').append(all.get(i).line());
        }
        if (all.size() > listed) {
            message.append('\n')
                    .append(first.location().file())
                    .append(": ")
                    .append(all.size() - listed)
                    .append(" more problems not shown");
        }
        throw new InvalidInputException(first.location(), message.toString());
    }
}
