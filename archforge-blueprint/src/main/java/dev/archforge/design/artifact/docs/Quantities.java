package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Quantity;
import java.util.Optional;

/** Look-ups of capacity quantities a document can do without, for designs whose plan lacks them. */
final class Quantities {
    private Quantities() {}

    static Optional<Quantity> find(Design design, String id) {
        for (CapacityPlan.Section s : design.capacity().sections()) {
            for (Quantity q : s.quantities()) {
                if (q.id().equals(id)) {
                    return Optional.of(q);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Double> value(Design design, String id) {
        return find(design, id).map(Quantity::value);
    }
}
