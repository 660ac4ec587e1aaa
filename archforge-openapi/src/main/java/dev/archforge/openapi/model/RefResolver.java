package dev.archforge.openapi.model;

import dev.archforge.source.Node;
import java.util.Optional;

/** Follows a {@code $ref} string written in a node of some file to the node it names. */
public interface RefResolver {
    /**
     * The target of {@code ref} written at {@code from}, or why it cannot be found.
     */
    Resolution resolve(Node from, String ref);

    /** The outcome of following one reference. */
    sealed interface Resolution {
        Optional<Node> target();
    }

    /** The reference leads to this node. */
    record Found(Node node) implements Resolution {
        @Override
        public Optional<Node> target() {
            return Optional.of(node);
        }
    }

    /** The reference cannot be followed; {@code reason} says why, for the finding. */
    record Missing(String reason) implements Resolution {
        @Override
        public Optional<Node> target() {
            return Optional.empty();
        }
    }
}
