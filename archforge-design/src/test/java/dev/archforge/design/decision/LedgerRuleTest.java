package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Ledger;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Variants;
import dev.archforge.design.testing.Workloads;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerRuleTest {
    private static final String LEDGER = "Double-entry ledger in PostgreSQL: immutable postings, each transaction's"
            + " entries sum to zero, balances on account rows ";
    private static final String MOVEMENTS = ", idempotency keys on money movements; ";
    private static final String RECONCILED = "daily reconciliation against the payment provider; kept forever";

    private static Requirements safeShop(String orders) {
        return Workloads.qualities(Workloads.shop(orders), "no-data-loss");
    }

    @Test
    void paymentsWithoutALossDemandNeedNoLedger() {
        assertThat(Decide.design(Workloads.shop("0.5 per user per day")).decisions())
                .extracting(Decision::id)
                .doesNotContain("ledger");
    }

    @Test
    void paymentsThatMustNeverBeLostPostToADoubleEntryLedger() {
        Decision d = Decide.decision(safeShop("0.5 per user per day"), "ledger");
        assertThat(d.choice()).isEqualTo(LEDGER + "locked with SELECT … FOR UPDATE" + MOVEMENTS + RECONCILED);
        assertThat(d.rationale())
                .contains("Money moves at 1.7 postings/s at peak (place-order (1.7/s)), and the system's own house"
                        + " account takes one side of each: within the 100/s one account row takes under its lock.");
        assertThat(d.revisitWhen())
                .isEqualTo("When postings pass ~100/s at peak (today 1.7/s), split the house account into"
                        + " sub-accounts; past thousands a second, consider a dedicated ledger store.");
        assertThat(Decide.architecture(safeShop("0.5 per user per day")).ledger())
                .contains(new Ledger(List.of("Order"), 1, false, true));
    }

    @Test
    void aHouseAccountPastOneHundredPostingsASecondIsSplit() {
        assertThat(Decide.choice(safeShop("28 per user per day"), "ledger"))
                .isEqualTo(LEDGER + "locked with SELECT … FOR UPDATE" + MOVEMENTS + RECONCILED);
        assertThat(Decide.choice(safeShop("30 per user per day"), "ledger"))
                .isEqualTo(LEDGER + "locked with SELECT … FOR UPDATE" + MOVEMENTS + RECONCILED
                        + "; the house account split into 2 sub-accounts");
    }

    @Test
    void strongConsistencyRunsMoneyMovementsSerializable() {
        Requirements strict =
                Workloads.qualities(Workloads.shop("0.5 per user per day"), "no-data-loss", "strong-consistency");
        assertThat(Decide.choice(strict, "ledger"))
                .isEqualTo(
                        LEDGER + "updated in SERIALIZABLE transactions retried on conflict" + MOVEMENTS + RECONCILED);
    }

    @Test
    void theLedgerFeatureOrAppendOnlyMoneyApplyWithoutPayments() {
        assertThat(Decide.choice(Variants.plusFeatures(fitness(), Feature.LEDGER), "ledger"))
                .isEqualTo(LEDGER + "locked with SELECT … FOR UPDATE" + MOVEMENTS
                        + "nightly check of balances against the entries; kept forever");
        Requirements wallet = Workloads.yaml("""
                system: {name: wallet, purpose: Keeps balances.}
                entities:
                  User: {account: true, fields: {email: email required unique}}
                  Posting:
                    append-only: true
                    retention-months: forever
                    fields: {amount: money required}
                    relations: [belongs-to User as holder]
                access-patterns:
                  - {name: post, actor: user, create: Posting, frequency: 2 per user per day}
                """);
        assertThat(Decide.architecture(wallet).ledger()).contains(new Ledger(List.of("Posting"), 1, false, false));
    }
}
