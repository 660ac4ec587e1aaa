package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged copies of the examples (lines dropped, duplicated or swapped, characters changed) either
 * load or fail with an {@link InvalidInputException} that has a message: never another exception.
 */
class MutationTest {
    private static final String NOISE = " :-[]{},#&*!|>'\"%@`0aZ\t\n";

    @ParameterizedTest
    @MethodSource("dev.archforge.design.requirements.ExamplesTest#examples")
    void damagedFilesFailCleanly(Path example) throws IOException {
        String original = Files.readString(example);
        Random random = new Random(example.getFileName().toString().hashCode());
        int rejected = 0;
        for (int i = 0; i < 120; i++) {
            String damaged = damage(original, random);
            try {
                new RequirementsLoader().parse("damaged.yaml", damaged.getBytes(StandardCharsets.UTF_8));
            } catch (InvalidInputException e) {
                assertThat(e.describe()).startsWith("damaged.yaml:").doesNotContain("null");
                rejected++;
            }
        }
        assertThat(rejected).isGreaterThan(40);
    }

    private static String damage(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(4)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String line = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
            default -> {
                String line = lines.get(at);
                int pos = line.isEmpty() ? 0 : random.nextInt(line.length());
                char c = NOISE.charAt(random.nextInt(NOISE.length()));
                lines.set(at, line.substring(0, pos) + c + line.substring(Math.min(line.length(), pos + 1)));
            }
        }
        return String.join("\n", lines);
    }
}
