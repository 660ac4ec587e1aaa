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

    /** Never null: every constructor takes a message, and reports print it. */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        return message == null ? "" : message;
    }
}
