package dev.archforge.design.init.knowledge;

/**
 * One field of an entity as the requirements file writes it.
 *
 * @param shorthand {@code type[(n)] [required] [unique] [sensitive]}, e.g. {@code string(120) required}
 */
public record FieldSpec(String name, String shorthand) {
    public FieldSpec {
        Shorthand.name("field", name);
        Shorthand.field(shorthand);
    }

    /** Parses {@code "title: string(120) required"}, the way the line reads in the file. */
    public static FieldSpec parse(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            throw new IllegalArgumentException("field '" + line + "' is not 'name: type ...'");
        }
        return new FieldSpec(line.substring(0, colon), line.substring(colon + 2));
    }
}
