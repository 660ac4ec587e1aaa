package dev.archforge.design.plan;

import java.util.List;
import java.util.NoSuchElementException;

/** The capacity plan: sections of quantities, each with its formula. */
public record CapacityPlan(List<Section> sections) {
    public CapacityPlan {
        sections = List.copyOf(sections);
    }

    /** A titled group of quantities (Traffic, Compute, Database, Cache, Storage, Messaging, Bandwidth). */
    public record Section(String title, List<Quantity> quantities) {
        public Section {
            quantities = List.copyOf(quantities);
        }
    }

    /** The quantity with this id; a missing id is a programming error. */
    public Quantity get(String id) {
        for (Section s : sections) {
            for (Quantity q : s.quantities()) {
                if (q.id().equals(id)) {
                    return q;
                }
            }
        }
        throw new NoSuchElementException("no capacity quantity '" + id + "'");
    }

    public double value(String id) {
        return get(id).value();
    }
}
