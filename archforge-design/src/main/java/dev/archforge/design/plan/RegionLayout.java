package dev.archforge.design.plan;

import java.util.List;
import java.util.Optional;

/**
 * Where the system runs and where its data may live.
 *
 * @param regions the regions used, the serving (primary) region first; empty when none is named
 * @param residency the area personal data is pinned to ({@code eu}), when one is set
 */
public record RegionLayout(Mode mode, List<String> regions, Optional<String> residency) {
    public RegionLayout {
        regions = List.copyOf(regions);
    }

    /** How the regions share the work. */
    public enum Mode {
        /** One region across availability zones; backups copied elsewhere. */
        SINGLE_REGION,
        /** One region serves; a warm standby in another takes over on a regional outage. */
        ACTIVE_PASSIVE,
        /** Every region serves and writes the rows of the users homed in it. */
        ACTIVE_ACTIVE,
        /** Independent per-region deployments; each tenant homed in one. */
        CELLS
    }
}
