package dev.archforge.engine.review;

import dev.archforge.sql.rules.Migrations;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How migrations reach the database ({@code --migrations}, {@code migrations:} in the
 * configuration): ONLINE to a database that keeps serving, OFFLINE with the service stopped.
 */
public enum Deployment {
    ONLINE(Migrations.ONLINE),
    OFFLINE(Migrations.OFFLINE);

    private final Migrations migrations;

    Deployment(Migrations migrations) {
        this.migrations = migrations;
    }

    Migrations migrations() {
        return migrations;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Deployment> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.id().equals(text)).findFirst();
    }
}
