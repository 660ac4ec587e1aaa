package dev.archforge.cli;

import dev.archforge.model.ArchforgeException;

/** A report or baseline could not be written: the file system's trouble, told as the user's (exit 3). */
final class OutputException extends ArchforgeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
