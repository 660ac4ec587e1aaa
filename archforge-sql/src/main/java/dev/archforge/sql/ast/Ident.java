package dev.archforge.sql.ast;

/**
 * An identifier as written ({@code raw}) and as PostgreSQL sees it ({@code value}): unquoted
 * identifiers fold to lower case, quoted ones keep their case and lose their quotes.
 */
public record Ident(String raw, String value, boolean quoted) {
    public Ident {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("an identifier is not empty");
        }
    }

    /** An unquoted identifier, for tests and names made up by the schema model. */
    public static Ident of(String lowerCase) {
        return new Ident(lowerCase, lowerCase, false);
    }

    @Override
    public String toString() {
        return raw;
    }
}
