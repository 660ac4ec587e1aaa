package dev.archforge.design.plan;

import java.util.List;

/**
 * A double-entry ledger beside the entities: accounts, transactions and their entries (postings),
 * which never change once written, each transaction's entries summing to zero.
 *
 * @param sources the entities whose creation moves money and posts a ledger transaction
 * @param houseAccountShards sub-accounts the system's own busiest account is split into; 1 for none
 * @param serializable money movements run at SERIALIZABLE isolation (else READ COMMITTED with the account
 *     rows locked by {@code SELECT … FOR UPDATE})
 * @param providerReconciliation a daily job matches postings against the payment provider's reports
 */
public record Ledger(
        List<String> sources, int houseAccountShards, boolean serializable, boolean providerReconciliation) {
    public Ledger {
        sources = List.copyOf(sources);
        if (houseAccountShards < 1) {
            throw new IllegalArgumentException("a ledger needs at least one house account, got " + houseAccountShards);
        }
    }
}
