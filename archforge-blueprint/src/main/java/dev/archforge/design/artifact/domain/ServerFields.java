package dev.archforge.design.artifact.domain;

import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Field;
import java.util.List;
import java.util.Set;

/**
 * Fields whose value the server computes from other records and no client may set: totals,
 * subtotals and counts. With the id, the owner, the parent, the lifecycle state and the timestamps
 * they are read-only in responses and absent from request bodies (OWASP API3, mass assignment).
 */
public final class ServerFields {
    private static final Set<String> COMPUTED = Set.of("total", "subtotal", "count");

    private ServerFields() {}

    /** True for {@code total}, {@code subtotal}, {@code items_count}, {@code total_due}; not {@code total_volume_kg}. */
    public static boolean computed(Field field) {
        List<String> words = List.of(Names.snake(field.name()).split("_"));
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        return COMPUTED.contains(last) || (words.size() <= 2 && COMPUTED.contains(first));
    }
}
