package dev.archforge.design.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated artifacts with files under {@code src/test/resources/golden}. After an intended
 * change, regenerate with {@code ./mvnw -o -pl archforge-blueprint -am test -Darchforge.updateGolden=true}
 * and review the diff.
 */
public final class GoldenFiles {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenFiles() {}

    /** Asserts {@code actual} equals the golden file at {@code relative}, rewriting it first when asked. */
    public static void assertMatches(String relative, String actual) {
        Path golden = ROOT.resolve(relative);
        try {
            if (Boolean.getBoolean("archforge.updateGolden")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual);
            }
            assertThat(golden)
                    .as("golden file %s (regenerate with -Darchforge.updateGolden=true)", golden)
                    .exists();
            assertThat(actual).isEqualTo(Files.readString(golden));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
