package dev.archforge.design.artifact.domain;

import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import java.util.regex.Pattern;

/**
 * Which requests take an {@code Idempotency-Key}, so the API asks for the header exactly where the
 * schema keeps the keys: the creates the consistency decision covers, and every request that moves
 * money (creating a payment, an order, a refund), where a key is required because a retry must
 * never charge twice.
 */
public final class Idempotency {
    /** Resources and actions whose repetition moves money twice. */
    private static final Pattern MONEY = Pattern.compile(
            "(payment|charge|order|transfer|refund|payout|invoice|transaction|subscription|checkout)s?");

    private Idempotency() {}

    /** True when creating one twice, or doing this action twice, moves money twice. */
    public static boolean movesMoney(String name) {
        for (String word : Names.kebab(name).split("-")) {
            if (MONEY.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when a create of {@code entity} takes an Idempotency-Key. */
    public static boolean keyed(Design design, Entity entity) {
        return design.architecture().data().idempotentCreates().contains(entity.name()) || movesMoney(entity.name());
    }

    /** True when some request of the API takes an Idempotency-Key, so the schema must store them. */
    public static boolean used(Design design) {
        for (Entity e : design.requirements().entities()) {
            if (keyed(design, e) || StateActions.of(e).stream().anyMatch(a -> movesMoney(a.verb()))) {
                return true;
            }
        }
        return false;
    }
}
