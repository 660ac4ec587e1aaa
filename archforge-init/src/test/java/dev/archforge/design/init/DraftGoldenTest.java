package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The drafted {@code archforge.yaml} of two briefs, byte for byte. After an intended change regenerate
 * with {@code ./mvnw -o test -pl archforge-init -am -Darchforge.updateGolden=true} and review the diff.
 */
class DraftGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/init");

    static Stream<Arguments> briefs() {
        return Stream.of(
                Arguments.of("fitness.yaml", Briefs.FITNESS),
                Arguments.of("marketplace.yaml", Briefs.MARKETPLACE),
                Arguments.of("chat.yaml", Briefs.CHAT),
                Arguments.of("telemetry.yaml", Briefs.TELEMETRY),
                Arguments.of("saas.yaml", Briefs.SAAS),
                Arguments.of("internal-tool.yaml", Briefs.INTERNAL));
    }

    @ParameterizedTest
    @MethodSource("briefs")
    void matchesGoldenFile(String file, String brief) throws IOException {
        String actual = new InitSession(Prompter.noInput()).run(brief).yaml();
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("archforge.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
