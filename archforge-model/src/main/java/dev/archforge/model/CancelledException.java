package dev.archforge.model;

/**
 * The work stopped because its thread was interrupted: whoever asked for it no longer wants the
 * answer (a client cancelled the call, or its time ran out). Long work checks at its natural
 * boundaries, a file or a rule, with {@link #throwIfInterrupted}; the interrupt stays set, so
 * whatever the thread waits on next is interrupted too.
 */
public final class CancelledException extends ArchforgeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("the work was cancelled");
    }

    /** Throws when the current thread has been interrupted; costs one field read when it has not. */
    public static void throwIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }
}
