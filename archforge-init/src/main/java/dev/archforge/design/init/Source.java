package dev.archforge.design.init;

/** Where a drafted value came from; only {@link #ASSUMED} values are marked in the file. */
enum Source {
    /** Read from the brief. */
    STATED,
    /** Given as an answer to a question. */
    ANSWERED,
    /** A default from the knowledge base or derived from other values. */
    ASSUMED
}
