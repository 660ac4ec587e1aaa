package dev.archforge.source;

import dev.archforge.model.Location;
import java.util.List;

/** A parsed JSON or YAML file: its root node, the format it was written in and keys written twice. */
public record Document(String file, Format format, Node root, List<Location> duplicateKeys) {

    /** The syntax a document was written in. */
    public enum Format {
        JSON,
        YAML
    }

    public Document {
        duplicateKeys = List.copyOf(duplicateKeys);
    }
}
