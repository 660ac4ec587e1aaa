package dev.archforge.sql.rules;

import dev.archforge.model.Setting;
import java.util.Locale;
import java.util.Optional;

/**
 * How the reviewed project applies its migrations, from {@code migrations:} in the configuration
 * or {@code --migrations}. {@link #ONLINE} (the default): to a database that keeps serving, so
 * locks, lock queues and long transactions matter. {@link #OFFLINE}: with the service stopped
 * (a documented upgrade procedure, migrations run at start-up), so only what still matters then
 * is reviewed: table rewrites that set the length of the downtime, and data loss. Rules that
 * matter only online carry the tag {@value #ONLINE_ONLY}.
 */
public enum Migrations {
    ONLINE,
    OFFLINE;

    /** The tag of the rules that {@link #OFFLINE} leaves out. */
    public static final String ONLINE_ONLY = "online-only";

    public static Optional<Migrations> parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "online" -> Optional.of(ONLINE);
            case "offline" -> Optional.of(OFFLINE);
            default -> Optional.empty();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The setting as the reports show it beside the findings: {@code migrations=offline} and what it leaves out. */
    public Setting setting() {
        return new Setting(
                "migrations",
                label(),
                switch (this) {
                    case ONLINE -> "applied to a serving database: locks and long transactions are reviewed";
                    case OFFLINE -> "applied with the service stopped: only table rewrites and data loss are reviewed";
                });
    }
}
