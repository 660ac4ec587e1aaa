package dev.archforge.openapi.load;

import dev.archforge.openapi.model.RefResolver;
import dev.archforge.source.Document;
import dev.archforge.source.Node;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Resolves the references of a description held in memory: those inside it ({@code #/...}).
 * There is no folder to read a sibling file from, and a text sent by a client must not make the
 * review read the server's disk, so a reference to another file is unresolved, with the reason.
 */
final class InMemoryRefResolver implements RefResolver {
    private final Document root;

    InMemoryRefResolver(Document root) {
        this.root = root;
    }

    @Override
    public Resolution resolve(Node from, String ref) {
        if (!ref.startsWith("#")) {
            return new Missing("'" + ref + "' names another file, which an in-memory description cannot reach;"
                    + " review the files from disk to follow it");
        }
        String pointer = ref.substring(1);
        return Pointers.find(root.root(), URLDecoder.decode(pointer.replace("+", "%2B"), StandardCharsets.UTF_8))
                .<Resolution>map(Found::new)
                .orElseGet(() -> new Missing("'" + ref + "' does not resolve: no node at '" + pointer + "'"));
    }
}
