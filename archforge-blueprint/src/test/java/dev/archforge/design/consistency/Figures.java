package dev.archforge.design.consistency;

import dev.archforge.design.capacity.Deployable;
import dev.archforge.design.capacity.EntitySizes;
import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;

/** Today's figures of a design, as its requirements and capacity plan give them, for thresholds to be judged against. */
final class Figures {
    private final Design design;
    private final Load load;

    Figures(Design design) {
        this.design = design;
        this.load = Load.of(design.requirements());
    }

    /** A quantity of the capacity plan; 0 when the plan has none (no messaging: no events). */
    double capacity(String id) {
        return design.capacity().sections().stream()
                .flatMap(s -> s.quantities().stream())
                .filter(q -> q.id().equals(id))
                .mapToDouble(Quantity::value)
                .findFirst()
                .orElse(0);
    }

    double teams() {
        return design.requirements().team().teams();
    }

    double people() {
        return design.requirements().team().size();
    }

    double entities() {
        return design.requirements().entities().size();
    }

    double registeredUsers() {
        return design.requirements().scale().registeredUsers();
    }

    double availability() {
        return design.requirements().constraints().availability();
    }

    double components() {
        return design.architecture().components().size();
    }

    double deployables() {
        return design.architecture().deployment().replicas().size();
    }

    /** The peak of the busiest deployable, req/s: the whole system's when it is one deployable. */
    double busiestPeak() {
        return Deployable.busiest(Deployable.of(
                        design.requirements().system().name(),
                        design.architecture().style(),
                        design.architecture().components(),
                        load))
                .peakRps();
    }

    /** The most entities one component holds. */
    double largestComponent() {
        return design.architecture().components().stream()
                .mapToInt(c -> c.entities().size())
                .max()
                .orElse(0);
    }

    /** The rows of the biggest table; with {@code unsplit}, of the biggest one not split by time. */
    double largestTable(boolean unsplit) {
        double max = 0;
        for (Entity e : design.requirements().entities()) {
            if (unsplit && design.architecture().data().partition(e.name()).isPresent()) {
                continue;
            }
            max = Math.max(max, EntitySizes.rows(design.requirements(), load, e).value());
        }
        return max;
    }

    /** The busiest read of one record or list of shared (unowned) records, per second at peak. */
    double hottestSharedRead() {
        double max = 0;
        for (PatternLoad p : load.patterns()) {
            Operation op = p.pattern().operation();
            boolean shared = design.requirements()
                    .entity(p.pattern().entity())
                    .filter(e -> e.owner().isEmpty())
                    .isPresent();
            if (shared && (op == Operation.READ || op == Operation.LIST)) {
                max = Math.max(max, p.peakRps());
            }
        }
        return max;
    }

    static String components(Design design) {
        return String.join(
                ", ",
                design.architecture().components().stream().map(Component::name).toList());
    }
}
