package dev.archforge.engine.design;

import dev.archforge.source.SourceText;
import java.nio.file.Path;

/** Where a design's requirements come from: an {@code archforge.yaml} on disk, or its text. */
public sealed interface Requirements {

    record OnDisk(Path file) implements Requirements {}

    /** YAML (or JSON, which is YAML) sent by a client, named for the locations of its problems. */
    record InMemory(SourceText text) implements Requirements {}

    static Requirements of(Path file) {
        return new OnDisk(file);
    }

    static Requirements of(String name, String yaml) {
        return new InMemory(new SourceText(name, yaml));
    }
}
