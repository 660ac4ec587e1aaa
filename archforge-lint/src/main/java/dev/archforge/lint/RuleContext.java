package dev.archforge.lint;

/**
 * What every rule sees while it runs, whatever it reviews: its options, and the sink its findings
 * go to under its id. The API and SQL contexts add their subject and how a report is placed and
 * suppressed, so the part every review shares is written once.
 */
public abstract class RuleContext {
    private final String ruleId;
    private final RuleOptions options;
    private final FindingSink sink;

    protected RuleContext(String ruleId, RuleOptions options, FindingSink sink) {
        this.ruleId = ruleId;
        this.options = options;
        this.sink = sink;
    }

    /** The option values of the running rule: the configured ones over the declared defaults. */
    public final RuleOptions options() {
        return options;
    }

    /** The id of the running rule, which a suppression names. */
    protected final String ruleId() {
        return ruleId;
    }

    /** Where the running rule's findings go. */
    protected final FindingSink sink() {
        return sink;
    }
}
