package dev.archforge.cli;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import dev.archforge.sql.schema.MigrationFiles;
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
 * key, skipping files that are only referenced parts and build or dependency folders) and for SQL
 * migrations or schema files.
 */
final class InputFiles {
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", "build", ".git", "vendor", "dist");
    private static final Pattern API_ROOT = Pattern.compile("(?m)^(\\s*\"?(openapi|swagger)\"?\\s*:)");

    /** One input: where it is on disk and how findings name it. */
    record Input(Path path, String displayName) {}

    /**
     * The inputs split by kind: API descriptions one by one; SQL as sets replayed together, one set
     * per folder (a project's migrations), and each loose file on its own (a schema) unless they
     * are declared one migration history.
     */
    record Inputs(List<Input> apis, List<List<Path>> sqlSets) {}

    /**
     * Sorts the paths given on the command line: {@code .sql} files and folders holding SQL go to
     * SQL review (a folder of migrations is one ordered set); everything else is an API
     * description. A folder holding neither is refused.
     */
    static Inputs classify(List<Path> args, boolean looseSqlIsOneHistory) {
        List<Input> apis = new ArrayList<>();
        List<List<Path>> sqlSets = new ArrayList<>();
        List<Path> looseSql = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> found = apiFilesIn(arg);
                found.forEach(p -> apis.add(new Input(p, display(p))));
                boolean hasSql = hasSql(arg);
                if (hasSql) {
                    sqlSets.add(List.of(arg));
                }
                if (found.isEmpty() && !hasSql) {
                    throw new InvalidInputException(
                            Location.ofFile(display(arg)),
                            "no API description (.json/.yaml/.yml with a top-level 'openapi' or 'swagger' key)"
                                    + " and no .sql file found in this folder");
                }
            } else if (isSql(arg)) {
                looseSql.add(arg);
            } else {
                apis.add(new Input(arg, display(arg)));
            }
        }
        if (looseSqlIsOneHistory && !looseSql.isEmpty()) {
            sqlSets.add(List.copyOf(looseSql));
        } else {
            looseSql.forEach(f -> sqlSets.add(List.of(f)));
        }
        return new Inputs(apis, sqlSets);
    }

    static boolean isSql(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".sql") || n.endsWith(".sql.postgres");
    }

    private static boolean hasSql(Path dir) {
        try {
            return MigrationFiles.containsAny(dir);
        } catch (IOException e) {
            throw new InvalidInputException(
                    Location.ofFile(display(dir)), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private InputFiles() {}

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
