package dev.archforge.mcp.tools;

import dev.archforge.engine.review.ConfigSource;
import dev.archforge.model.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The folders a client lets the server read and write: the roots it declares, or the working folder
 * when it declares none. Every path a tool is given is resolved against the first root when relative,
 * then by its real path (symbolic links followed, {@code ..} gone) must lie under one of them; a folder
 * to review must hold no link that leads out. A relative path is taken under the first root holding it
 * (clients list roots in no promised order), else under the first root. What fails is a usage error naming the path and the roots.
 */
public final class Roots {
    private final List<Path> real;

    private Roots(List<Path> real) {
        this.real = List.copyOf(real);
    }

    /** The roots from their {@code file:} URIs; other schemes are not folders and are left out. */
    public static Roots of(List<String> uris, Path workingFolder) {
        List<Path> out = new ArrayList<>();
        for (String uri : uris) {
            if (uri.toLowerCase(Locale.ROOT).startsWith("file:")) {
                try {
                    out.add(realOrSelf(Path.of(URI.create(uri))));
                } catch (IllegalArgumentException e) {
                    // not a usable file URI: a root the server cannot use is no permission
                }
            }
        }
        if (out.isEmpty()) {
            out.add(realOrSelf(workingFolder.toAbsolutePath()));
        }
        return new Roots(out);
    }

    public List<Path> paths() {
        return real;
    }

    /**
     * How the configuration of a review of {@code path} (one {@link #readable} gave) is found:
     * upward from it, but not above the root that holds it, so a client's review never reads an
     * {@code .archforge.yaml} outside the folders it shared.
     */
    public ConfigSource configFor(Path path) {
        Path real = realOrSelf(path.toAbsolutePath());
        return this.real.stream()
                .filter(real::startsWith)
                .max(Comparator.comparingInt(Path::getNameCount))
                .map(ConfigSource::discoverUnder)
                .orElseThrow(() -> new IllegalStateException(path + " is under no root"));
    }

    /**
     * The path to read, resolved: it must exist, and it and every link in it (a folder's files
     * included) must stay under a root.
     */
    public Path readable(String argument, String path) {
        Path p = resolve(path);
        if (!Files.exists(p)) {
            Path nearest = nearestExisting(p);
            inside(argument, path, realOrSelf(nearest));
            // under a root but missing: the engine says so with its usual located message
            return p;
        }
        Path r = realOrSelf(p);
        inside(argument, path, r);
        if (Files.isDirectory(r)) {
            noLinkOut(argument, r);
        }
        return r;
    }

    /** A folder to write into, existing or not: its nearest existing ancestor must be under a root. */
    public Path writable(String argument, String path) {
        Path p = resolve(path);
        Path nearest = nearestExisting(p);
        Path r = realOrSelf(nearest).resolve(nearest.relativize(p)).normalize();
        inside(argument, path, r);
        if (Files.isDirectory(r)) {
            noLinkOut(argument, r);
        }
        return r;
    }

    private Path resolve(String path) {
        if (path.isBlank()) {
            throw new UsageException("an empty path was given");
        }
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p.normalize();
        }
        // clients list roots in no promised order: a relative path is taken under the root that holds it
        for (Path root : real) {
            Path candidate = root.resolve(p).normalize();
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return real.get(0).resolve(p).normalize();
    }

    private void inside(String argument, String given, Path resolved) {
        for (Path root : real) {
            if (resolved.startsWith(root)) {
                return;
            }
        }
        throw new UsageException(argument + " '" + given + "' is outside the roots this client allows ("
                + String.join(", ", real.stream().map(Path::toString).toList())
                + "); give a path under one of them");
    }

    /** Every symbolic link under {@code folder} must lead to a place under a root. */
    private void noLinkOut(String argument, Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        Path target = realOrSelf(file);
                        if (real.stream().noneMatch(target::startsWith)) {
                            throw new UsageException(argument + " '" + folder + "' holds the link " + file + " to "
                                    + target + ", outside the roots this client allows");
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path nearestExisting(Path p) {
        Path cur = p;
        while (cur != null && !Files.exists(cur)) {
            cur = cur.getParent();
        }
        return cur == null ? p.getRoot() : cur;
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
