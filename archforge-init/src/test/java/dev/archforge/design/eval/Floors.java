package dev.archforge.design.eval;

import dev.archforge.source.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scores the evaluation may not fall below, from {@code floors.yaml}: a ratchet that engineers
 * raise as the design engine improves.
 */
record Floors(double initPercent, double requirementsPercent, double factsPercent, int maxWrong) {
    static Floors read(Path file) {
        try {
            ObjectNode root = Yaml.root(file.getFileName().toString(), Files.readString(file));
            return new Floors(
                    number(root, "init-decisions-percent"),
                    number(root, "requirements-decisions-percent"),
                    number(root, "facts-percent"),
                    (int) number(root, "max-plainly-wrong"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(ObjectNode root, String key) {
        return Double.parseDouble(Yaml.scalar(root, key)
                .orElseThrow(() -> new IllegalArgumentException("floors.yaml has no '" + key + "'")));
    }
}
