package dev.archforge.design.init.knowledge;

/**
 * Who mainly uses a kind of system. Decides which questions make sense (only a business product asks
 * about tenants) and how the questions name the active users.
 */
public enum Audience {
    /** The public, each person for themselves. */
    CONSUMER("people"),
    /** Customer organizations, each with many users. */
    BUSINESS("people"),
    /** The company's own staff. */
    INTERNAL("staff members"),
    /** Machines sending data; people (operators) only watch. */
    DEVICES("operators");

    private final String activeNoun;

    Audience(String activeNoun) {
        this.activeNoun = activeNoun;
    }

    /** What "daily active users" counts for this audience, in a question. */
    public String activeNoun() {
        return activeNoun;
    }
}
