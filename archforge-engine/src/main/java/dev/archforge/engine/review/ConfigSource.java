package dev.archforge.engine.review;

import dev.archforge.lint.Config;
import java.nio.file.Path;
import java.util.Optional;

/** Where a review's configuration comes from. */
public sealed interface ConfigSource {

    /**
     * {@code .archforge.yaml} found upward from the first input on disk, not above {@code top}
     * when given (a server's client root); none for in-memory inputs only.
     */
    record Discover(Optional<Path> top) implements ConfigSource {}

    /** This file, which must exist ({@code --config}). */
    record FromFile(Path file) implements ConfigSource {}

    /** A configuration already loaded, for a face that holds one (a server's project settings). */
    record Given(Config config) implements ConfigSource {}

    static ConfigSource discover() {
        return new Discover(Optional.empty());
    }

    /** Found upward from the first input, but never above {@code top}. */
    static ConfigSource discoverUnder(Path top) {
        return new Discover(Optional.of(top));
    }
}
