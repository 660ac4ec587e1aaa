package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import dev.archforge.source.Node;

/** A scalar read from the file as text, with the node it came from so problems can point at it. */
record Text(String value, Node node) {
    Location location() {
        return node.location();
    }
}
