package dev.archforge.design.init.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in knowledge of common domains and capabilities, an explicit registry sorted by id. A brief
 * is matched by keywords: the domain with the most distinct keywords found wins (the first in the
 * registry on a tie, {@code general} when none is found); every capability with a keyword found applies.
 */
public final class KnowledgeBase {
    private static final KnowledgeBase BUILT_IN = new KnowledgeBase(
            List.of(
                    BookingDomain.domain(),
                    ChatDomain.domain(),
                    FitnessDomain.domain(),
                    InternalToolDomain.domain(),
                    MarketplaceDomain.domain(),
                    SaasDomain.domain(),
                    TelemetryDomain.domain()),
            GeneralDomain.domain(),
            List.of(
                    AnalyticsCapability.capability(),
                    AuditCapability.capability(),
                    AuthCapability.capability(),
                    FlashSalesCapability.capability(),
                    InventoryCapability.capability(),
                    LedgerCapability.capability(),
                    LocationCapability.capability(),
                    MediaCapability.capability(),
                    ModelServingCapability.capability(),
                    MultiTenancyCapability.capability(),
                    NotificationsCapability.capability(),
                    PaymentsCapability.capability(),
                    RealtimeCapability.capability(),
                    SearchCapability.capability(),
                    SsoCapability.capability(),
                    SubscriptionsCapability.capability(),
                    UploadsCapability.capability()));

    private final List<Domain> domains;
    private final Domain fallback;
    private final List<Capability> capabilities;

    private KnowledgeBase(List<Domain> domains, Domain fallback, List<Capability> capabilities) {
        this.domains = List.copyOf(domains);
        this.fallback = fallback;
        this.capabilities = List.copyOf(capabilities);
    }

    public static KnowledgeBase builtIn() {
        return BUILT_IN;
    }

    /** The domains a brief can match, sorted by id; the fallback is not among them. */
    public List<Domain> domains() {
        return domains;
    }

    /** The domain used when a brief matches none. */
    public Domain fallback() {
        return fallback;
    }

    /** Every capability, sorted by id. */
    public List<Capability> capabilities() {
        return capabilities;
    }

    public Optional<Capability> capability(String id) {
        return capabilities.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The domain and capabilities {@code brief} speaks of. */
    public Match match(String brief) {
        Domain best = fallback;
        List<String> bestWords = List.of();
        for (Domain d : domains) {
            List<String> words = Keywords.found(d.keywords(), brief);
            if (words.size() > bestWords.size()) {
                best = d;
                bestWords = words;
            }
        }
        List<Capability> found = new ArrayList<>();
        for (Capability c : capabilities) {
            if (!Keywords.found(c.keywords(), brief).isEmpty()) {
                found.add(c);
            }
        }
        return new Match(best, bestWords, found);
    }
}
