package dev.archforge.engine.review;

import dev.archforge.lint.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The findings of SQL sets whose files have not changed since a review found them, for an engine
 * that lives across requests (the MCP server): an assistant reviews the same project after every
 * edit, and only the sets it edited need parsing and rules again. A set's review depends on its
 * files, in order, and on its settings (mode, deployment, the configuration, the read limits)
 * alone, so the same files and settings give the same findings.
 *
 * <p>A file is the same when its size, modification time and file key (inode) are, as make and
 * ESLint's cache judge. A file written less than {@link #RACY} before the review started could
 * be written again within the same tick of the file system's clock without its time changing
 * (Git's "racy clean" problem), so a set holding one is reviewed but not kept. Stamps are taken
 * before the review reads the files: a file changed while it runs differs from its stamp next
 * time. Results with rule failures are not kept, so a retry runs the rules again. At most
 * {@code maxSets} sets are kept, the least recently used leaving first; they hold findings only.
 */
public final class ReviewCache {
    /** How recent a change must be for its file's time to be distrusted. */
    static final Duration RACY = Duration.ofSeconds(2);

    private static final ReviewCache NONE = new ReviewCache(0);

    private final int maxSets;
    private final Map<Key, RunResult> sets;
    private long hits;
    private long misses;

    private ReviewCache(int maxSets) {
        this.maxSets = maxSets;
        this.sets = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, RunResult> eldest) {
                return size() > ReviewCache.this.maxSets;
            }
        };
    }

    /** Keeps nothing: every review runs in full (a command line reviews once and exits). */
    public static ReviewCache none() {
        return NONE;
    }

    /** Keeps the findings of up to {@code maxSets} SQL sets. */
    public static ReviewCache of(int maxSets) {
        if (maxSets < 1) {
            throw new IllegalArgumentException("a cache keeps at least one set, got " + maxSets);
        }
        return new ReviewCache(maxSets);
    }

    /** How many sets were answered from the cache, and how many were reviewed, since the engine started. */
    public synchronized Stats stats() {
        return new Stats(hits, misses, sets.size());
    }

    /** Counts of a cache's use. */
    public record Stats(long hits, long misses, int sets) {}

    /**
     * The review of {@code files} with {@code settings}: kept findings when no file changed, else
     * {@code review}'s, kept for next time when every file is older than {@link #RACY}.
     *
     * @param settings everything besides the files that the review depends on; compared by equals
     * @param onReuse told when the kept findings answer
     */
    RunResult sqlSet(List<Path> files, Object settings, Supplier<RunResult> review, Runnable onReuse) {
        if (maxSets == 0) {
            return review.get();
        }
        Instant start = Instant.now();
        Optional<Key> key = key(files, settings, start);
        if (key.isPresent()) {
            RunResult kept = kept(key.get());
            if (kept != null) {
                onReuse.run();
                // the rules did not run: no per-rule timings
                return new RunResult(kept.findings(), kept.failures(), Map.of());
            }
        }
        RunResult result = review.get();
        if (key.isPresent() && result.failures().isEmpty()) {
            keep(key.get(), result);
        }
        return result;
    }

    private synchronized @Nullable RunResult kept(Key key) {
        RunResult kept = sets.get(key);
        if (kept == null) {
            misses++;
        } else {
            hits++;
        }
        return kept;
    }

    private synchronized void keep(Key key, RunResult result) {
        sets.put(key, result);
    }

    /** The set's key, or empty when a file cannot be stamped or changed too recently to be trusted. */
    private static Optional<Key> key(List<Path> files, Object settings, Instant start) {
        List<Stamp> stamps = new ArrayList<>(files.size());
        Instant racy = start.minus(RACY);
        for (Path file : files) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                return Optional.empty(); // the review reports it; nothing to keep
            }
            Instant modified = a.lastModifiedTime().toInstant();
            if (!modified.isBefore(racy)) {
                return Optional.empty();
            }
            stamps.add(new Stamp(file.toAbsolutePath().normalize(), a.size(), modified, a.fileKey()));
        }
        return Optional.of(new Key(stamps, settings));
    }

    /** What identifies one version of a file without reading it. */
    private record Stamp(
            Path path,
            long size,
            Instant modified,
            @Nullable Object fileKey) {}

    private record Key(List<Stamp> files, Object settings) {}
}
