package dev.archforge.design.init.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in knowledge of common domains and capabilities: one YAML file per domain or capability
 * beside this class (schema: {@code docs/knowledge-base.md}), listed in an explicit registry sorted by
 * id, read once by {@link KnowledgeReader}. A brief is matched by keywords: the domain with the most distinct keywords found wins (the first in the
 * registry on a tie, {@code general} when none is found); every capability with a keyword found applies.
 */
public final class KnowledgeBase {
    /** The domain files under {@code domains/}, by id: the registry, sorted. */
    static final List<String> DOMAINS =
            List.of("booking", "chat", "fitness", "internal-tool", "marketplace", "saas", "telemetry");

    /** The domain used when a brief matches none ({@code domains/general.yaml}). */
    static final String FALLBACK = "general";

    /** The capability files under {@code capabilities/}, by id: the registry, sorted. */
    static final List<String> CAPABILITIES = List.of(
            "analytics",
            "audit",
            "auth",
            "flash-sales",
            "inventory",
            "ledger",
            "location",
            "media",
            "model-serving",
            "multi-tenancy",
            "notifications",
            "payments",
            "realtime",
            "search",
            "sso",
            "subscriptions",
            "uploads");

    /** The entity that others extend with {@code extends: account}. */
    static final String ACCOUNT = "account.yaml";

    private final List<Domain> domains;
    private final Domain fallback;
    private final List<Capability> capabilities;

    private KnowledgeBase(List<Domain> domains, Domain fallback, List<Capability> capabilities) {
        this.domains = List.copyOf(domains);
        this.fallback = fallback;
        this.capabilities = List.copyOf(capabilities);
    }

    /** The knowledge shipped with Archforge, read on first use. */
    public static KnowledgeBase builtIn() {
        return BuiltIn.KNOWLEDGE;
    }

    /** Reads the knowledge files shipped beside this class; a malformed one fails with its location. */
    static KnowledgeBase load() {
        EntitySpec account = KnowledgeReader.account(ACCOUNT, resource(ACCOUNT));
        List<Domain> domains = new ArrayList<>();
        for (String id : DOMAINS) {
            domains.add(domain(id, account));
        }
        List<Capability> capabilities = new ArrayList<>();
        for (String id : CAPABILITIES) {
            String file = "capabilities/" + id + ".yaml";
            Capability c = KnowledgeReader.capability(file, resource(file), account);
            checkId(file, id, c.id());
            capabilities.add(c);
        }
        return new KnowledgeBase(domains, domain(FALLBACK, account), capabilities);
    }

    private static Domain domain(String id, EntitySpec account) {
        String file = "domains/" + id + ".yaml";
        Domain d = KnowledgeReader.domain(file, resource(file), account);
        checkId(file, id, d.id());
        return d;
    }

    private static void checkId(String file, String expected, String id) {
        if (!id.equals(expected)) {
            throw new IllegalStateException(
                    file + ": id '" + id + "' differs from the file name, expected '" + expected + "'");
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Reads the shipped files on first use. */
    private static final class BuiltIn {
        static final KnowledgeBase KNOWLEDGE = load();
    }
}
