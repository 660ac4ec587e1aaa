package dev.archforge.design.plan;

/**
 * Backup and disaster recovery.
 *
 * @param strategy one line: "continuous WAL archiving with daily base backups"
 * @param crossRegion backups copied to a second region
 */
public record Recovery(String strategy, int rpoMinutes, int rtoMinutes, int retentionDays, boolean crossRegion) {}
