package dev.archforge.model;

/** The one root of every exception Archforge throws on purpose. */
public class ArchforgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArchforgeException(String message) {
        super(message);
    }

    public ArchforgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
