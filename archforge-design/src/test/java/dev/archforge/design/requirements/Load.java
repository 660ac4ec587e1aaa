package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.model.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Loads requirements from text in tests, and reads what a bad file reports. */
final class Load {
    static final String FILE = "archforge.yaml";
    static final Path EXAMPLES = Path.of("../examples/design");

    /** A smallest valid file, for tests to extend. */
    static final String MINIMAL = """
            system: {name: shop, purpose: Sells things.}
            entities:
              User:
                account: true
                fields: {email: email required unique}
            """;

    private Load() {}

    static Requirements yaml(String text) {
        return new RequirementsLoader().parse(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The exception a bad file gives. */
    static InvalidInputException error(String text) {
        return error(text.getBytes(StandardCharsets.UTF_8));
    }

    static InvalidInputException error(byte[] bytes) {
        InvalidInputException[] caught = new InvalidInputException[1];
        assertThatThrownBy(() -> new RequirementsLoader().parse(FILE, bytes))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> caught[0] = e);
        return caught[0];
    }

    /** What the CLI prints for a bad file: one {@code file:line:col: message} line per problem. */
    static String problems(String text) {
        return error(text).describe();
    }
}
