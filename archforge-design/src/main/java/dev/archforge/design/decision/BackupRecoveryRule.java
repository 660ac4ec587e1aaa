package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Recovery;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.RequirementKey;

/**
 * Backups and disaster recovery from the recovery point and time objectives: synchronous replication
 * for zero data loss, continuous WAL archiving (point-in-time recovery) for minutes, daily snapshots
 * for a day; automatic failover when minutes of downtime are all that is allowed; copies in a second
 * region within the data-residency area.
 */
@DecisionInfo(
        id = "backup-recovery",
        area = Area.RECOVERY,
        title = "Backup and disaster recovery",
        reads = {
            RequirementKey.RPO,
            RequirementKey.RTO,
            RequirementKey.AVAILABILITY,
            RequirementKey.DATA_RESIDENCY,
            RequirementKey.REGIONS
        })
public final class BackupRecoveryRule implements DecisionRule {
    static final int DEFAULT_RETENTION_DAYS = 35;

    @Override
    public Choice decide(DesignContext context) {
        Constraints c = context.constraints();
        int rpo = c.rpoMinutes();
        int rto = c.rtoMinutes();
        String capture;
        if (rpo <= 0) {
            capture = "Synchronous replication to a standby in another zone, plus continuous WAL archiving and"
                    + " daily base backups";
        } else if (rpo < 24 * 60) {
            capture = "Continuous WAL archiving (point-in-time recovery) with daily base backups";
        } else {
            capture = "Daily snapshots";
        }
        String restore;
        if (rto <= 15) {
            restore = "automatic failover to the standby";
        } else if (rto <= 240) {
            restore = "scripted restore to a new instance, rehearsed quarterly";
        } else {
            restore = "documented manual restore, rehearsed twice a year";
        }
        int retention = rpo >= 24 * 60 && c.availability() < 99.9 ? 14 : DEFAULT_RETENTION_DAYS;
        boolean crossRegion = c.availability() >= 99.9 || rto <= 60;
        context.parts().recovery(new Recovery(capture, rpo, rto, retention, crossRegion));
        String residency = Text.residency(c).map(area -> " inside " + area).orElse("");
        return Choice.of(capture + "; " + restore + "; " + retention + " days of backups"
                        + (crossRegion ? ", copied to a second region" + residency : ""))
                .driver(RequirementKey.RPO, rpo)
                .driver(RequirementKey.RTO, rto)
                .driver(RequirementKey.AVAILABILITY, c.availability())
                .because("An RPO of " + rpo + " min allows "
                        + (rpo <= 0
                                ? "no committed transaction to be lost," + " so commits wait for the standby"
                                : rpo < 24 * 60
                                        ? "minutes of loss: WAL segments ship every minute and any moment in the last "
                                                + retention + " days can be restored"
                                        : "a day of loss: a nightly snapshot suffices")
                        + ".")
                .because("An RTO of " + rto + " min "
                        + (rto <= 15
                                ? "leaves no time for a restore: a standby takes" + " over in about a minute"
                                : "allows a restore of the "
                                        + "database from backups; the runbook in operations.md is rehearsed so the time is"
                                        + " known, not hoped")
                        + ".")
                .because(
                        crossRegion
                                ? "Backups are copied to a second region" + residency
                                        + ", so losing a region loses no data."
                                : "Backups stay in the region; a regional disaster is outside the "
                                        + Numbers.percent(c.availability()) + " target.")
                .alternative(
                        rpo <= 0 ? "Asynchronous replication" : "Synchronous replication",
                        rpo <= 0
                                ? "Loses the last transactions on failover, against an RPO of 0."
                                : "Adds write latency to every commit for a zero RPO, where the requirements accept "
                                        + Text.count(rpo, "minute", "minutes") + " of loss.")
                .alternative(
                        "Logical dumps (pg_dump) only",
                        "Restores take hours for large databases and lose everything since the last dump.")
                .tradeoff("WAL archives and base backups cost storage: about one full copy per week of the " + retention
                        + " days kept.")
                .tradeoff("A restore is only as good as its last rehearsal.")
                .revisitWhen("When the RPO or RTO changes, or a rehearsal exceeds the RTO, revisit replication and"
                        + " failover.");
    }
}
