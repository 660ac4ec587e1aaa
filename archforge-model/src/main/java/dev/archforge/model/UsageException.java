package dev.archforge.model;

/** The command was called wrongly: an unknown option value, a missing argument, a bad configuration. */
public final class UsageException extends ArchforgeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
