package dev.archforge.design.artifact.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The C4 model of a design at container level: the people and external systems around the system,
 * the containers inside it, and the relationships between them. The system-context view is derived
 * from it ({@link #contextRelationships()}), as Structurizr derives implied relationships.
 *
 * @param systemId the id of the software system itself, distinct from every element id
 */
public record C4Model(
        String systemId,
        String systemName,
        String purpose,
        List<C4Element> people,
        List<C4Element> externals,
        List<C4Element> containers,
        List<C4Relationship> relationships) {
    public C4Model {
        people = List.copyOf(people);
        externals = List.copyOf(externals);
        containers = List.copyOf(containers);
        relationships = List.copyOf(relationships);
        Set<String> ids = new HashSet<>();
        ids.add(systemId);
        for (List<C4Element> group : List.of(people, externals, containers)) {
            for (C4Element e : group) {
                if (!ids.add(e.id())) {
                    throw new IllegalArgumentException("duplicate C4 element id '" + e.id() + "'");
                }
            }
        }
        for (C4Relationship r : relationships) {
            if (!ids.contains(r.from()) || !ids.contains(r.to())) {
                throw new IllegalArgumentException(
                        "relationship " + r.from() + " -> " + r.to() + " names an unknown element");
            }
        }
    }

    /** True when the id is one of the system's containers. */
    public boolean isContainer(String id) {
        return containers.stream().anyMatch(c -> c.id().equals(id));
    }

    /**
     * The relationships with every container replaced by the system: the first description of each
     * pair of ends is kept, lines inside the system are dropped.
     */
    public List<C4Relationship> contextRelationships() {
        List<C4Relationship> lifted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (C4Relationship r : relationships) {
            String from = isContainer(r.from()) ? systemId : r.from();
            String to = isContainer(r.to()) ? systemId : r.to();
            if (!from.equals(to) && seen.add(from + "\u0000" + to)) {
                lifted.add(new C4Relationship(from, to, r.description(), r.technology()));
            }
        }
        return List.copyOf(lifted);
    }
}
