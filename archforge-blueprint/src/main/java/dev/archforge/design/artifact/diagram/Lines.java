package dev.archforge.design.artifact.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects relationships in order, merging the labels of repeated lines between the same two
 * elements ("Publishes a" and "Publishes b" become "Publishes a; Publishes b").
 */
final class Lines {
    private final List<C4Relationship> list = new ArrayList<>();

    void add(String from, String to, String description, String technology) {
        for (int i = 0; i < list.size(); i++) {
            C4Relationship r = list.get(i);
            if (r.from().equals(from) && r.to().equals(to)) {
                if (!r.description().equals(description)) {
                    list.set(i, new C4Relationship(from, to, r.description() + "; " + description, r.technology()));
                }
                return;
            }
        }
        list.add(new C4Relationship(from, to, description, technology));
    }

    List<C4Relationship> list() {
        return List.copyOf(list);
    }
}
