package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.SEARCH;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Free-text search over the domain's main records. */
final class SearchCapability {
    private SearchCapability() {}

    static Capability capability() {
        return new Capability(
                "search",
                List.of("search", "full-text", "full text", "autocomplete", "discover"),
                Parts.none()
                        .features(Feature.SEARCH)
                        .patterns(PatternSpec.of("search-@primary", "@user", SEARCH, "@primary", 3))
                        .risks("Free-text search outgrows LIKE queries: start with PostgreSQL full-text search"
                                + " and plan a search engine past a few million documents."));
    }
}
