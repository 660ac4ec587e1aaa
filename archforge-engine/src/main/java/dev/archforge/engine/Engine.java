package dev.archforge.engine;

import dev.archforge.design.init.InitResult;
import dev.archforge.design.init.Prompter;
import dev.archforge.engine.design.DesignRequest;
import dev.archforge.engine.design.DesignResult;
import dev.archforge.engine.design.DesignService;
import dev.archforge.engine.design.DraftService;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.ReviewResult;
import dev.archforge.engine.review.ReviewService;
import dev.archforge.engine.review.RuleCatalog;

/**
 * What Archforge does, for any face: review, draft requirements from a brief, design, and the
 * rule catalogue. Immutable and thread-safe: a server shares one instance between all requests.
 */
public final class Engine {
    private final RuleCatalog catalog;
    private final ReviewService reviews;
    private final DraftService drafts = new DraftService();
    private final DesignService designs = new DesignService();

    public Engine() {
        this.catalog = RuleCatalog.standard();
        this.reviews = new ReviewService(catalog);
    }

    public ReviewResult review(ReviewRequest request) {
        return reviews.review(request);
    }

    /** Drafts requirements from a brief, asking the open questions through {@code prompter}. */
    public InitResult draft(String brief, Prompter prompter) {
        return drafts.draft(brief, prompter);
    }

    public DesignResult design(DesignRequest request) {
        return designs.design(request);
    }

    public RuleCatalog rules() {
        return catalog;
    }
}
