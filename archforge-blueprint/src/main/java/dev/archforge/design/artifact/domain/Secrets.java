package dev.archforge.design.artifact.domain;

import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Field;
import java.util.List;

/**
 * Which fields must never leave the server. A <em>secret</em> (a password hash, a token, a key) is
 * produced by the server and is neither accepted nor returned by the API; another field marked
 * {@code sensitive} (a birth date, health data) is accepted but never returned.
 */
public final class Secrets {
    private static final List<String> SECRET_WORDS =
            List.of("password", "passwd", "secret", "hash", "token", "salt", "pin", "cvv", "cvc", "private_key");

    private Secrets() {}

    /** True for password-like fields, by a word of their snake_case name. */
    public static boolean isSecret(Field field) {
        String name = "_" + Names.snake(field.name()) + "_";
        return SECRET_WORDS.stream().anyMatch(w -> name.contains("_" + w + "_"));
    }

    /** True when the API must not return the field: secrets and fields marked sensitive. */
    public static boolean hiddenInResponses(Field field) {
        return field.sensitive() || isSecret(field);
    }
}
