package dev.archforge.design.capacity;

import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Event;
import dev.archforge.design.requirements.Requirements;
import java.util.Optional;

/**
 * How many events per second an event type produces at peak: the peak rate of the writes to its
 * entity, or, without write patterns, the entity's growth spread over the month.
 */
public final class EventRates {
    private static final int SECONDS_PER_MONTH = 30 * Load.SECONDS_PER_DAY;

    private EventRates() {}

    /** The topic name of an event: {@code WorkoutCompleted} → {@code workout-completed}. */
    public static String topic(Event event) {
        return Names.kebab(event.name());
    }

    /** Peak events per second of {@code event}, as quantity {@code messaging.<topic>.peak-events}. */
    public static Quantity peak(Requirements requirements, Load load, Event event) {
        String id = "messaging." + topic(event) + ".peak-events";
        String label = "Peak " + event.name() + " events per second";
        double writes = load.peakWriteRpsOn(event.entity());
        if (writes > 0) {
            return new Quantity(
                    id, label, writes, "events/s", "peak writes to " + event.entity() + ": " + Numbers.format(writes));
        }
        Optional<Entity> entity = requirements.entity(event.entity());
        double growth = entity.map(Entity::growthPerUserPerMonth).orElse(0.0);
        if (growth > 0) {
            double rate = Numbers.round(load.dailyActiveUsers() * growth / SECONDS_PER_MONTH * load.peakFactor());
            return new Quantity(
                    id,
                    label,
                    rate,
                    "events/s",
                    Numbers.format(load.dailyActiveUsers()) + " DAU × " + Numbers.format(growth)
                            + " per user per month ÷ 2,592,000 s × " + Numbers.format(load.peakFactor()));
        }
        return new Quantity(id, label, 0, "events/s", "no write pattern or growth given for " + event.entity());
    }
}
