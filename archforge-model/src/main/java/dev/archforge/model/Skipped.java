package dev.archforge.model;

import java.util.Objects;

/** A file or folder a folder review passed over, and why (not an API description, a build folder...). */
public record Skipped(String file, String reason) implements Comparable<Skipped> {

    public Skipped {
        Objects.requireNonNull(file, "file");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a skipped file needs a reason");
        }
    }

    @Override
    public int compareTo(Skipped other) {
        int c = file.compareTo(other.file);
        return c != 0 ? c : reason.compareTo(other.reason);
    }
}
