package dev.archforge.design.artifact.docs;

/**
 * One risk of the design.
 *
 * @param source where it comes from: a warning, an assumption, a close threshold, or {@code init}
 * @param likelihood how likely, computed where the design allows ("already past", "in ~9 months")
 * @param impact what it changes or costs
 */
record Risk(Source source, String risk, String likelihood, String impact, String mitigation) {
    /** The kinds of risk, in the order {@code risks.md} lists them. */
    enum Source {
        WARNING("Warnings"),
        ASSUMPTION("Assumed inputs"),
        THRESHOLD("Thresholds close to today"),
        INIT("Noted by init");

        private final String title;

        Source(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }
}
