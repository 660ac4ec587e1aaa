package dev.archforge.model;

/**
 * One setting a review ran with, as the reports show it beside the findings: {@code migrations=online},
 * {@code sql-mode=migration}. A finding's meaning can depend on it (offline migrations leave out the
 * lock rules), so a reader of the JSON or SARIF file must see it, not only the terminal's stderr.
 *
 * @param name kebab-case, as the configuration key or command-line option spells it
 * @param value the value in force, as a user would write it
 * @param note what the value means for this review, in a few words; empty when it says nothing more
 */
public record Setting(String name, String value, String note) {

    public Setting {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("setting name must be kebab-case: '" + name + "'");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("setting " + name + " needs a value");
        }
        note = note.strip();
    }

    /** A setting whose value says it all. */
    public static Setting of(String name, String value) {
        return new Setting(name, value, "");
    }

    /** {@code name=value (note)}, or {@code name=value} without a note, as the text report prints it. */
    public String describe() {
        return note.isEmpty() ? name + "=" + value : name + "=" + value + " (" + note + ")";
    }
}
