package dev.archforge.design.artifact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateActionsTest {
    @ParameterizedTest
    @CsvSource({
        "published, publish",
        "archived, archive",
        "completed, complete",
        "cancelled, cancel",
        "shipped, ship",
        "submitted, submit",
        "settled, settle",
        "acknowledged, acknowledge",
        "resolved, resolve",
        "reimbursed, reimburse",
        "closed, close",
        "retired, retire",
        "captured, capture",
        "authorized, authorize",
        "delivered, deliver",
        "refunded, refund",
        "rejected, reject",
        "returned, return",
        "decommissioned, decommission",
        "ended, end",
        "applied, apply",
        "handed_out, hand-out",
        "in_progress, start",
        "active, activate",
        "paid, pay",
        "offline, mark-offline",
        "sold_out, mark-sold-out",
        "deleted, mark-deleted"
    })
    void aStateBecomesTheVerbThatReachesIt(String state, String verb) {
        assertThat(StateActions.verb(state)).isEqualTo(verb);
    }
}
