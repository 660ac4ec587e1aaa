package dev.archforge.design.artifact.domain;

import dev.archforge.design.requirements.Entity;
import java.util.List;

/**
 * Records that are written once and never changed or removed one by one: readings and
 * measurements, audit entries, ledger postings. A correction is a new record; expiry removes whole
 * months. The API offers no update or delete for them and the schema keeps no {@code updated_at}.
 *
 * <p>Recognised by name, the way the decision rules recognise telemetry readings, until the
 * requirements say it themselves ({@code append-only: true}); {@link #appendOnly(Entity)} is the one
 * place that reads it.
 */
public final class AppendOnly {
    private static final List<String> TERMS =
            List.of("Reading", "Measurement", "Sample", "Telemetry", "Audit", "Ledger", "Posting", "LogEntry", "Log");

    private AppendOnly() {}

    /** True when records of {@code entity} are appended and never changed; a lifecycle means they change. */
    public static boolean appendOnly(Entity entity) {
        if (entity.appendOnly()) {
            return true;
        }
        if (!entity.states().isEmpty() || entity.softDelete() || entity.account()) {
            return false;
        }
        String name = entity.name();
        return TERMS.stream().anyMatch(t -> t.equals("Log") ? name.endsWith(t) : name.contains(t));
    }
}
