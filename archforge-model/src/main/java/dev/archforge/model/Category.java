package dev.archforge.model;

import java.util.Locale;

/** The area of backend design a rule belongs to. */
public enum Category {
    STRUCTURE("Document structure"),
    NAMING("Naming and hierarchy"),
    HTTP("HTTP semantics"),
    PAGINATION("Pagination"),
    ERRORS("Errors"),
    VERSIONING("Versioning"),
    SECURITY("Security"),
    VALIDATION("Validation"),
    DOCUMENTATION("Documentation"),
    SCHEMA_DESIGN("Schema design"),
    MIGRATION_SAFETY("Migration safety");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
