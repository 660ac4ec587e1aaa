package dev.archforge.design.requirements;

import java.util.List;

/**
 * The system's name (kebab-case, used for services, schemas and files), its purpose in a sentence,
 * and who calls its API: {@code public} (anyone, consumer apps and open APIs), {@code partner}
 * (known companies' systems) or {@code internal} (the organisation's own staff and services).
 */
public record SystemInfo(String name, String purpose, String audience) {
    /** The audiences, in documented order. */
    public static final List<String> AUDIENCES = List.of("public", "partner", "internal");

    public SystemInfo {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("system name must be kebab-case, got '" + name + "'");
        }
        if (!AUDIENCES.contains(audience)) {
            throw new IllegalArgumentException("audience must be one of " + AUDIENCES + ", got '" + audience + "'");
        }
    }

    /** A public system, as files written before {@code audience} existed are read. */
    public SystemInfo(String name, String purpose) {
        this(name, purpose, "public");
    }

    public boolean isPublic() {
        return audience.equals("public");
    }

    public boolean isInternal() {
        return audience.equals("internal");
    }
}
