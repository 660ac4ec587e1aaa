package dev.archforge.design.requirements;

/** The system's name (kebab-case, used for services, schemas and files) and its purpose in a sentence. */
public record SystemInfo(String name, String purpose) {
    public SystemInfo {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("system name must be kebab-case, got '" + name + "'");
        }
    }
}
