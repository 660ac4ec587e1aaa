package dev.archforge.model;

import java.util.Objects;

/**
 * An input the review could not read or that is not valid (a syntax error, an unreadable file, a
 * folder holding nothing to review): reports carry it so an invalid file never looks clean.
 */
public record InputProblem(Location location, String message) implements Comparable<InputProblem> {

    public InputProblem {
        Objects.requireNonNull(location, "location");
        if (message.isBlank()) {
            throw new IllegalArgumentException("an input problem needs a message");
        }
    }

    public static InputProblem of(InvalidInputException e) {
        return new InputProblem(e.location(), e.getMessage());
    }

    /** {@code file:line:col: message}, as the command line prints it. */
    public String describe() {
        return location + ": " + message;
    }

    @Override
    public int compareTo(InputProblem other) {
        int c = location.compareTo(other.location);
        return c != 0 ? c : message.compareTo(other.message);
    }
}
