package dev.archforge.engine;

import dev.archforge.design.init.InitResult;
import dev.archforge.design.init.Prompter;
import dev.archforge.engine.design.DesignRequest;
import dev.archforge.engine.design.DesignResult;
import dev.archforge.engine.design.DesignService;
import dev.archforge.engine.design.DraftService;
import dev.archforge.engine.review.ReviewCache;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.ReviewResult;
import dev.archforge.engine.review.ReviewService;
import dev.archforge.engine.review.RuleCatalog;

/**
 * What Archforge does, for any face: review, draft requirements from a brief, design, and the
 * rule catalogue. Thread-safe: a server shares one instance between all requests. The engine of
 * a command line reviews once; a {@linkplain #serving() server's} also keeps the findings of SQL
 * sets whose files have not changed, for the next request ({@link ReviewCache}).
 */
public final class Engine {
    private final RuleCatalog catalog;
    private final ReviewCache cache;
    private final ReviewService reviews;
    private final DraftService drafts = new DraftService();
    private final DesignService designs = new DesignService();

    /** An engine that keeps nothing between requests. */
    public Engine() {
        this(ReviewCache.none());
    }

    private Engine(ReviewCache cache) {
        this.catalog = RuleCatalog.standard();
        this.cache = cache;
        this.reviews = new ReviewService(catalog, cache);
    }

    /**
     * An engine for a long-running server: it keeps the findings of up to {@value #SERVED_SQL_SETS}
     * SQL sets (findings only: the whole SQL test corpus, 21 sets and 6,869 findings, leaves a server's
     * heap at 13-15 MB after a full GC, bench/mcp-bench.sh) and answers from them while their files are
     * unchanged.
     */
    public static Engine serving() {
        return new Engine(ReviewCache.of(SERVED_SQL_SETS));
    }

    /** How many SQL sets a serving engine keeps: a project is a few; the SQL test corpus is 21. */
    public static final int SERVED_SQL_SETS = 4096;

    /** What this engine kept and reused. */
    public ReviewCache.Stats cacheStats() {
        return cache.stats();
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
