package dev.archforge.engine.review;

/**
 * What a review amounts to, worst first: a face turns it into an exit code (the CLI) or an error
 * flag (a tool result).
 */
public enum Outcome {
    /** A rule failed: a bug in Archforge, reported as such. */
    INTERNAL_ERROR,
    /** An input could not be read or is invalid (SQL that does not parse included). */
    INVALID_INPUT,
    /** A finding is at or above the fail-on level. */
    FINDINGS,
    /** Nothing at or above the fail-on level. */
    PASSED
}
