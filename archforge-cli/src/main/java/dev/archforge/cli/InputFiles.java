package dev.archforge.cli;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line: a file is reviewed as given; a folder is searched
 * for API descriptions (JSON or YAML files with a top-level {@code openapi} or {@code swagger}
 * key), skipping files that are only referenced parts and build or dependency folders.
 */
final class InputFiles {
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", "build", ".git", "vendor", "dist");
    private static final Pattern API_ROOT = Pattern.compile("(?m)^(\\s*\"?(openapi|swagger)\"?\\s*:)");

    /** One input: where it is on disk and how findings name it. */
    record Input(Path path, String displayName) {}

    private InputFiles() {}

    static List<Input> expand(List<Path> args) {
        List<Input> out = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> found = apiFilesIn(arg);
                if (found.isEmpty()) {
                    throw new InvalidInputException(
                            Location.ofFile(display(arg)),
                            "no OpenAPI or Swagger document found in this folder (expected .json/.yaml/.yml files with a top-level 'openapi' or 'swagger' key)");
                }
                found.forEach(p -> out.add(new Input(p, display(p))));
            } else {
                out.add(new Input(arg, display(arg)));
            }
        }
        return out;
    }

    private static List<Path> apiFilesIn(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !inSkippedDir(dir, p))
                    .filter(Files::isRegularFile)
                    .filter(InputFiles::hasApiExtension)
                    .filter(InputFiles::isApiRoot)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidInputException(
                    Location.ofFile(display(dir)), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static boolean inSkippedDir(Path base, Path p) {
        Path rel = base.relativize(p);
        for (Path part : rel) {
            String name = part.toString();
            if (SKIPPED_DIRS.contains(name)
                    || (name.startsWith(".")
                            && name.length() > 1
                            && !name.equals(rel.getFileName().toString()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasApiExtension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static boolean isApiRoot(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(4096);
            return API_ROOT.matcher(new String(head, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path as the user would write it: relative to the working folder when inside it, with '/'. */
    static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String shown = abs.startsWith(cwd)
                ? cwd.relativize(abs).toString()
                : p.normalize().toString();
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }
}
