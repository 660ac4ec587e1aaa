package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.recovery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Recovery;
import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class BackupRecoveryRuleTest {
    @Test
    void minutesOfRpoGetPointInTimeRecovery() {
        Decision d = Decide.decision(fitness(), "backup-recovery");
        assertThat(d.choice())
                .isEqualTo("Continuous WAL archiving (point-in-time recovery) with daily base backups; scripted"
                        + " restore to a new instance, rehearsed quarterly; 35 days of backups, copied to a second"
                        + " region inside eu");
        assertThat(d.drivers())
                .containsExactly(
                        "constraints.rpo-minutes = 15",
                        "constraints.rto-minutes = 60",
                        "constraints.availability = 99.9");
        assertThat(Decide.architecture(fitness()).recovery())
                .isEqualTo(new Recovery(
                        "Continuous WAL archiving (point-in-time recovery) with daily base backups", 15, 60, 35, true));
    }

    @Test
    void zeroRpoNeedsSynchronousReplicationAndShortRtoAFailover() {
        Recovery r = Decide.architecture(recovery(fitness(), 0, 15)).recovery();
        assertThat(r.strategy())
                .isEqualTo("Synchronous replication to a standby in another zone, plus continuous WAL archiving and"
                        + " daily base backups");
        assertThat(Decide.choice(recovery(fitness(), 0, 15), "backup-recovery"))
                .contains("; automatic failover to the standby;");
        assertThat(Decide.choice(recovery(fitness(), 0, 16), "backup-recovery"))
                .contains("; scripted restore to a new instance, rehearsed quarterly;");
    }

    @Test
    void aDayOfRpoOnASmallToolGetsDailySnapshots() {
        assertThat(Decide.architecture(Shapes.internalTool()).recovery())
                .isEqualTo(new Recovery("Daily snapshots", 1440, 480, 14, false));
    }
}
