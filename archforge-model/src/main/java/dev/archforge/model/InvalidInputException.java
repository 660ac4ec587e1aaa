package dev.archforge.model;

/**
 * The user's input cannot be read or is not what it claims to be: a syntax error, a missing file,
 * an unresolvable reference. Carries where, so the message reads {@code file:line:col: what}.
 */
public final class InvalidInputException extends ArchforgeException {
    private static final long serialVersionUID = 1L;

    private final transient Location location;

    public InvalidInputException(Location location, String message) {
        super(message);
        this.location = location;
    }

    public InvalidInputException(Location location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }

    /** {@code file:line:col: message}. */
    public String describe() {
        return location + ": " + getMessage();
    }
}
