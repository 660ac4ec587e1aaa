package dev.archforge.design.init;

/** A drafted value and where it came from. */
record Resolved(Object value, Source source) {
    boolean assumed() {
        return source == Source.ASSUMED;
    }
}
