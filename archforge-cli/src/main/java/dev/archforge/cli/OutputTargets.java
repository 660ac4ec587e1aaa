package dev.archforge.cli;

import dev.archforge.engine.review.ReviewInput;
import dev.archforge.model.UsageException;
import dev.archforge.source.FileProblems;
import dev.archforge.source.TopLevelKeys;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a review writes: {@code --output} and {@code --write-baseline} are checked before the
 * review starts (a folder, an input of the review or the other target is refused, exit 2), and a
 * write that fails (an unwritable place, a full disk) is reported with its reason (exit 3).
 */
final class OutputTargets {
    /** What writes the content, streamed. */
    interface Body {
        void write(Writer out) throws IOException;
    }

    private OutputTargets() {}

    static void check(Optional<Path> output, Optional<Path> writeBaseline, List<Path> inputs) {
        output.ifPresent(t -> check("--output", t, inputs));
        writeBaseline.ifPresent(t -> check("--write-baseline", t, inputs));
        if (output.isPresent() && writeBaseline.isPresent() && same(output.get(), writeBaseline.get())) {
            throw new UsageException("--output and --write-baseline name the same file " + output.get());
        }
    }

    private static void check(String option, Path target, List<Path> inputs) {
        if (Files.isDirectory(target)) {
            throw new UsageException(option + " " + target + " is a folder, expected a file to write");
        }
        for (Path input : inputs) {
            if (same(target, input) || (insideFolder(target, input) && isReviewable(target))) {
                throw new UsageException(option + " " + target + " is an input of this review; writing it would"
                        + " destroy what is reviewed");
            }
        }
    }

    private static boolean insideFolder(Path target, Path input) {
        return Files.isDirectory(input)
                && target.toAbsolutePath()
                        .normalize()
                        .startsWith(input.toAbsolutePath().normalize());
    }

    /** An existing API description or SQL file, which a folder review would read. */
    private static boolean isReviewable(Path target) {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        if (ReviewInput.isSqlName(target.getFileName().toString())) {
            return true;
        }
        try {
            return TopLevelKeys.isApiRoot(target);
        } catch (IOException | TopLevelKeys.Unreadable e) {
            return false;
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            return false;
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Writes {@code what} (a report, a baseline) to {@code target}, creating its folder. */
    static void write(Path target, String what, Body body) {
        Path abs = target.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(abs, StandardCharsets.UTF_8)) {
                body.write(out);
            }
        } catch (IOException e) {
            throw new OutputException(
                    "cannot write the " + what + " to " + target + ": " + FileProblems.reason(e) + "; the " + what
                            + " was not written",
                    e);
        }
    }
}
