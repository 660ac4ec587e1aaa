package dev.archforge.engine.review;

import dev.archforge.model.InputProblem;
import dev.archforge.model.Location;
import dev.archforge.model.Skipped;
import dev.archforge.source.FileProblems;
import dev.archforge.source.TopLevelKeys;
import dev.archforge.sql.schema.MigrationFiles;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the paths given on the command line: a file is reviewed as given; a folder is searched
 * for API descriptions (JSON or YAML files whose top-level object has an {@code openapi} or
 * {@code swagger} key, wherever it stands in the file) and for SQL migrations or schema files.
 * Every file a folder holds and the review passes over is kept with the reason, and what cannot
 * be read (a folder that cannot be listed, a link loop) is an input problem; neither stops the
 * review of the rest.
 */
final class InputFiles {
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", "build", ".git", "vendor", "dist");

    /** One input: where it is on disk and how findings name it. */
    record Input(Path path, String displayName) {}

    /**
     * The inputs split by kind: API descriptions one by one; SQL as sets replayed together, one set
     * per folder (a project's migrations, in version order), and each loose file on its own (a
     * schema) unless they are declared one migration history; then what was passed over and what
     * could not be read.
     */
    record Inputs(List<Input> apis, List<List<Path>> sqlSets, List<Skipped> skipped, List<InputProblem> problems) {}

    private InputFiles() {}

    /**
     * Sorts the paths given on the command line: {@code .sql} files and folders holding SQL go to
     * SQL review; everything else is an API description. A folder holding neither, and a path that
     * is neither a regular file nor a folder (a device, a FIFO), is a problem.
     */
    static Inputs classify(List<Path> args, boolean looseSqlIsOneHistory) {
        List<Input> apis = new ArrayList<>();
        List<List<Path>> sqlSets = new ArrayList<>();
        List<Path> looseSql = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                Folder folder = Folder.walk(arg);
                folder.apis().forEach(p -> apis.add(new Input(p, display(p))));
                if (!folder.sql().isEmpty()) {
                    sqlSets.add(folder.sql());
                }
                skipped.addAll(folder.skipped());
                problems.addAll(folder.problems());
                if (folder.apis().isEmpty()
                        && folder.sql().isEmpty()
                        && folder.problems().isEmpty()) {
                    problems.add(new InputProblem(
                            Location.ofFile(display(arg)),
                            "nothing to review in this folder: no API description (.json, .yaml or .yml with a"
                                    + " top-level 'openapi' or 'swagger' key) and no .sql file"));
                }
            } else if (Files.exists(arg) && !Files.isRegularFile(arg)) {
                problems.add(new InputProblem(Location.ofFile(display(arg)), FileProblems.NOT_REGULAR));
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
        return new Inputs(apis, sqlSets, skipped, problems);
    }

    static boolean isSql(Path p) {
        return ReviewInput.isSqlName(p.getFileName().toString());
    }

    private static boolean hasApiExtension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
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

    /** What one folder holds: API descriptions, SQL up-migrations in version order, the rest. */
    private record Folder(List<Path> apis, List<Path> sql, List<Skipped> skipped, List<InputProblem> problems) {

        static Folder walk(Path root) {
            List<Path> apis = new ArrayList<>();
            List<Path> sql = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            try {
                Files.walkFileTree(
                        root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                String name = dir.getFileName() == null
                                        ? ""
                                        : dir.getFileName().toString();
                                if (!dir.equals(root)
                                        && (SKIPPED_DIRS.contains(name)
                                                || (name.startsWith(".") && name.length() > 1))) {
                                    skipped.add(new Skipped(
                                            display(dir) + "/", "build, dependency or hidden folder, not searched"));
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                classify(root, file, attrs, apis, sql, skipped, problems);
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                problems.add(new InputProblem(
                                        Location.ofFile(display(file)), "cannot read: " + FileProblems.reason(e)));
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                                if (e != null) {
                                    problems.add(new InputProblem(
                                            Location.ofFile(display(dir)),
                                            "cannot list the folder: " + FileProblems.reason(e)));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.add(new InputProblem(
                        Location.ofFile(display(root)), "cannot list the folder: " + FileProblems.reason(e)));
            }
            apis.sort(null);
            return new Folder(apis, MigrationFiles.inVersionOrder(root, sql), skipped, problems);
        }

        private static void classify(
                Path root,
                Path file,
                BasicFileAttributes attrs,
                List<Path> apis,
                List<Path> sql,
                List<Skipped> skipped,
                List<InputProblem> problems) {
            String shown = display(file);
            if (!attrs.isRegularFile()) {
                skipped.add(new Skipped(
                        shown,
                        attrs.isSymbolicLink()
                                ? "a symbolic link to nothing"
                                : "not a regular file (a device, FIFO or socket)"));
            } else if (isSql(file)) {
                if (MigrationFiles.isUpMigration(root.relativize(file))) {
                    sql.add(file);
                } else {
                    skipped.add(new Skipped(shown, "a down or undo migration, not run when migrating up"));
                }
            } else if (hasApiExtension(file)) {
                try {
                    if (TopLevelKeys.isApiRoot(file)) {
                        apis.add(file);
                    } else {
                        skipped.add(new Skipped(shown, "no top-level 'openapi' or 'swagger' key"));
                    }
                } catch (TopLevelKeys.Unreadable e) {
                    skipped.add(new Skipped(shown, e.getMessage()));
                } catch (IOException e) {
                    problems.add(new InputProblem(Location.ofFile(shown), "cannot read: " + FileProblems.reason(e)));
                }
            } else {
                skipped.add(new Skipped(shown, "not JSON, YAML or SQL"));
            }
        }
    }
}
