package dev.archforge.design.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentTest {
    private static final Deployment SERVICES = new Deployment(
            Platform.KUBERNETES,
            List.of(
                    new Replicas("accounts", 3, 6),
                    new Replicas("messages", 25, 150),
                    new Replicas("notifications", 3, 6)),
            3,
            1);
    private static final Deployment MONOLITH =
            new Deployment(Platform.CONTAINERS, List.of(new Replicas("fittrack", 2, 4)), 2, 1);

    @Test
    void rangesNameEachDeployableOnlyWhenThereAreSeveral() {
        assertThat(SERVICES.ranges()).isEqualTo("accounts 3–6, messages 25–150, notifications 3–6");
        assertThat(SERVICES.maximums()).isEqualTo("accounts 6, messages 150, notifications 6");
        assertThat(SERVICES.minimums()).isEqualTo("accounts 3, messages 25, notifications 3");
        assertThat(MONOLITH.ranges()).isEqualTo("2–4");
        assertThat(MONOLITH.maximums()).isEqualTo("4");
    }

    @Test
    void rangesCollapseWhenEveryDeployableSharesOne() {
        Deployment same = new Deployment(
                Platform.KUBERNETES, List.of(new Replicas("accounts", 3, 6), new Replicas("billing", 3, 6)), 3, 1);
        assertThat(same.uniform()).isTrue();
        assertThat(same.ranges()).isEqualTo("3–6");
        assertThat(same.maximums()).isEqualTo("6");
        assertThat(same.totalMax()).isEqualTo(12);
        assertThat(SERVICES.uniform()).isFalse();
        assertThat(MONOLITH.uniform()).isTrue();
    }

    @Test
    void totalsAndLookUps() {
        assertThat(SERVICES.totalMin()).isEqualTo(31);
        assertThat(SERVICES.totalMax()).isEqualTo(162);
        assertThat(SERVICES.replicasOf("messages")).contains(new Replicas("messages", 25, 150));
        assertThat(SERVICES.replicasOf("billing")).isEmpty();
        assertThat(SERVICES.single()).isFalse();
        assertThat(MONOLITH.single()).isTrue();
    }

    @Test
    void rejectsInvalidRanges() {
        assertThatThrownBy(() -> new Replicas("accounts", 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replicas of accounts must satisfy 1 <= min <= max, got 0..2");
        assertThatThrownBy(() -> new Replicas("accounts", 3, 2))
                .hasMessage("replicas of accounts must satisfy 1 <= min <= max, got 3..2");
        assertThatThrownBy(() -> new Deployment(Platform.PAAS, List.of(), 1, 1))
                .hasMessage("a deployment needs the replicas of at least one deployable");
        assertThatThrownBy(() -> new Deployment(
                        Platform.PAAS, List.of(new Replicas("app", 1, 2), new Replicas("app", 1, 2)), 1, 1))
                .hasMessage("replicas of deployable 'app' given twice");
    }
}
