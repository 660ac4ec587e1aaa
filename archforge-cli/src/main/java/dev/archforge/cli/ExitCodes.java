package dev.archforge.cli;

/** The exit codes every command keeps (PRODUCT.md). */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int INTERNAL = 70;

    private ExitCodes() {}
}
