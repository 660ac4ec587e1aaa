package dev.archforge.engine.design;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.model.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Writing a blueprint into a folder, without overwriting someone's files by surprise. */
public final class BlueprintFolder {
    private BlueprintFolder() {}

    /**
     * Refuses an unusable folder before any work: a file, or a folder holding files unless
     * {@code force}.
     */
    public static void check(Path dir, boolean force) {
        if (Files.isRegularFile(dir)) {
            throw new UsageException("--out " + dir + " is a file, expected a folder");
        }
        if (Files.isDirectory(dir) && !force) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException("--out " + dir + " is not empty; add --force to replace its files");
                }
            } catch (IOException e) {
                throw new UsageException("cannot list --out " + dir + ": " + e.getMessage());
            }
        }
    }

    /** Writes every file of the blueprint under {@code dir}, creating folders as needed. */
    public static void write(Blueprint blueprint, Path dir) {
        try {
            for (Map.Entry<String, String> file : blueprint.files().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the blueprint into " + dir + ": " + e);
        }
    }
}
