package dev.archforge.design.capacity;

import dev.archforge.design.plan.CapacityPlan.Section;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Peak events per second per topic and in total. */
final class MessagingSection {
    private MessagingSection() {}

    static Section build(PlanInput in) {
        List<Quantity> out = new ArrayList<>();
        if (in.architecture().messaging().isEmpty()) {
            out.add(new Quantity("messaging.peak-events", "Peak events per second", 0, "events/s", "no messaging"));
            return new Section("Messaging", out);
        }
        double total = 0;
        StringJoiner sum = new StringJoiner(" + ");
        for (Event event : in.requirements().events()) {
            Quantity q = EventRates.peak(in.requirements(), in.load(), event);
            out.add(q);
            total += q.value();
            sum.add(Numbers.format(q.value()));
        }
        out.add(new Quantity(
                "messaging.peak-events",
                "Peak events per second, all topics",
                Numbers.round(total),
                "events/s",
                out.isEmpty() ? "jobs only, no event topics" : sum.toString()));
        return new Section("Messaging", out);
    }
}
