package dev.archforge.openapi.load;

import dev.archforge.model.InvalidInputException;
import dev.archforge.openapi.model.RefResolver;
import dev.archforge.source.Document;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Node;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves local ({@code #/components/...}) and relative-file ({@code pet.yaml#/Pet}) references.
 * Each file is read once and cached; a file that cannot be read or parsed is remembered as such
 * so the reason is reported where it is referenced. Remote (http) references are not fetched, and
 * files outside the folder of the reviewed document are not read (a description must not make the
 * review read {@code /etc/passwd} or {@code /dev/zero}); a project whose descriptions share
 * schemas in a folder above them widens that to its {@code ref-root}, never further. Both folders
 * and every target are compared with symbolic links resolved, so a link cannot lead out.
 * Thread-safe: rules run in parallel.
 */
public final class FileRefResolver implements RefResolver {
    private final DocumentReader reader;
    /** The folder references are not followed out of: the document's own, or the ref-root above it. */
    private final Path folder;
    /** True when {@link #folder} is a configured ref-root rather than the document's folder. */
    private final boolean widened;
    /** Display name → path on disk, for every file loaded. */
    private final Map<String, Path> paths = new HashMap<>();

    private final Map<String, Object> documents = new HashMap<>();
    /**
     * By file, then reference text: thousands of $refs name the same few hundred targets. Rule
     * threads read it without a lock and with no key to build; only a miss takes the lock.
     */
    private final Map<String, Map<String, Resolution>> cache = new ConcurrentHashMap<>();

    /** References confined to the folder of the reviewed document. */
    public FileRefResolver(DocumentReader reader, Document root, Path rootPath) {
        this(reader, root, rootPath, Optional.empty());
    }

    /**
     * References confined to {@code refRoot} when it holds the reviewed document's folder, else to
     * that folder: the setting widens the confinement, it never moves it away from the document.
     */
    public FileRefResolver(DocumentReader reader, Document root, Path rootPath, Optional<Path> refRoot) {
        this.reader = reader;
        Path parent = rootPath.toAbsolutePath().normalize().getParent();
        Path own = real(parent == null ? Path.of("").toAbsolutePath() : parent);
        Optional<Path> wider =
                refRoot.map(r -> real(r.toAbsolutePath().normalize())).filter(own::startsWith);
        this.folder = wider.orElse(own);
        this.widened = wider.isPresent();
        paths.put(root.file(), rootPath);
        documents.put(root.file(), root);
    }

    @Override
    public Resolution resolve(Node from, String ref) {
        Map<String, Resolution> byRef = cache.computeIfAbsent(from.file(), f -> new ConcurrentHashMap<>());
        Resolution cached = byRef.get(ref);
        if (cached != null) {
            return cached;
        }
        Resolution r = doResolve(from, ref);
        Resolution raced = byRef.putIfAbsent(ref, r);
        return raced != null ? raced : r;
    }

    /** Holds the lock: loading another file updates the maps of documents and paths. */
    private synchronized Resolution doResolve(Node from, String ref) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        if (filePart.startsWith("http://") || filePart.startsWith("https://")) {
            return new Missing("remote reference '" + ref + "' is not fetched");
        }
        Node root;
        if (filePart.isEmpty()) {
            root = rootOf(from);
        } else {
            Object doc = load(from.file(), filePart);
            if (doc instanceof String reason) {
                return new Missing(reason);
            }
            root = ((Document) doc).root();
        }
        return Pointers.find(root, URLDecoder.decode(pointer.replace("+", "%2B"), StandardCharsets.UTF_8))
                .<Resolution>map(Found::new)
                .orElseGet(() -> new Missing("'" + ref + "' does not resolve: no node at '" + pointer + "'"));
    }

    private Object load(String fromFile, String relative) {
        Path base = paths.get(fromFile);
        Path target = (base == null ? Path.of(relative) : base.resolveSibling(relative)).normalize();
        String display = Path.of(fromFile)
                .resolveSibling(relative)
                .normalize()
                .toString()
                .replace('\\', '/');
        Path real = real(target.toAbsolutePath().normalize());
        if (!real.startsWith(folder)) {
            return widened
                    ? "'" + relative + "' leaves the ref-root (" + folder + "), so it is not read"
                    : "'" + relative + "' leaves the folder of the reviewed document (" + folder
                            + "), so it is not read; ref-root in .archforge.yaml lets references reach a folder above";
        }
        return documents.computeIfAbsent(display, d -> {
            try {
                Document doc = reader.read(target, d);
                paths.put(d, target);
                return doc;
            } catch (InvalidInputException e) {
                return "cannot load '" + relative + "': " + e.describe();
            }
        });
    }

    /** The path with symbolic links resolved where it exists, so a link cannot lead out of the folder. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p;
        }
    }

    private static Node rootOf(Node n) {
        Node cur = n;
        for (Node p = cur.parentOrNull(); p != null; p = p.parentOrNull()) {
            cur = p;
        }
        return cur;
    }
}
