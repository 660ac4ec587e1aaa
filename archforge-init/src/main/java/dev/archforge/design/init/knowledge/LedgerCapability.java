package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;
import static dev.archforge.design.requirements.AccessPattern.Operation.READ;

import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Retention;
import java.util.List;

/**
 * Balances that must reconcile: accounts, and double-entry postings that are never changed, identified
 * by their journal entry and account so a retried transfer cannot post twice, and kept forever.
 */
final class LedgerCapability {
    private LedgerCapability() {}

    static Capability capability() {
        return new Capability(
                "ledger",
                List.of(
                        "ledger",
                        "double-entry",
                        "double entry",
                        "wallet",
                        "account balance",
                        "balances",
                        "money transfer",
                        "transfer money",
                        "bookkeeping",
                        "reconcile",
                        "reconciliation",
                        "payout",
                        "store credit",
                        "top up",
                        "top-up"),
                Parts.none()
                        .features(Feature.LEDGER)
                        .entities(
                                EntitySpec.named("Account")
                                        .description("A balance that postings move money in and out of.")
                                        .owner("@user")
                                        .fields(
                                                "name: string(120) required",
                                                "currency: string(3) required",
                                                "kind: enum(asset, liability, revenue, expense) required")
                                        .relations("belongs-to User as @user"),
                                EntitySpec.named("Posting")
                                        .description("One side of a balanced journal entry; never changed once"
                                                + " written.")
                                        .growth(4)
                                        .asAppendOnly()
                                        .retention(Retention.FOREVER)
                                        .fields(
                                                "entry_id: uuid required",
                                                "direction: enum(debit, credit) required",
                                                "amount: money required",
                                                "currency: string(3) required",
                                                "posted_at: timestamp required")
                                        .relations("belongs-to Account")
                                        .naturalKey("entry_id", "account"))
                        .patterns(
                                PatternSpec.of("post-transfer", "@user", CREATE, "Posting", 1),
                                PatternSpec.of("list-account-postings", "@user", LIST, "Posting", 2)
                                        .filter("account", "posted_at")
                                        .sort("posted_at desc"),
                                PatternSpec.of("view-balance", "@user", READ, "Account", 3))
                        .risks(
                                "Money must reconcile: write each transfer as balanced postings in one"
                                        + " transaction, correct mistakes with reversing entries instead of updates,"
                                        + " and keep postings forever.",
                                "A retried transfer must not post twice: take an idempotency key per transfer and"
                                        + " make it the journal entry's id."));
    }
}
