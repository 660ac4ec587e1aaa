package dev.archforge.lint;

import java.nio.file.Path;

/** The folder a configuration or baseline file sits in: relative paths in it resolve from there. */
final class Folders {
    private Folders() {}

    /** The absolute, normalised folder holding {@code file}; the root itself for a root. */
    static Path of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent != null ? parent : absolute;
    }
}
