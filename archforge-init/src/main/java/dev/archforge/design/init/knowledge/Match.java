package dev.archforge.design.init.knowledge;

import java.util.List;

/**
 * What a brief is about: one domain and the capabilities it mentions, with the words that decided it.
 *
 * @param domainKeywords the domain's keywords found in the brief; empty for the fallback domain
 * @param capabilities in the knowledge base's order
 */
public record Match(Domain domain, List<String> domainKeywords, List<Capability> capabilities) {
    public Match {
        domainKeywords = List.copyOf(domainKeywords);
        capabilities = List.copyOf(capabilities);
    }
}
