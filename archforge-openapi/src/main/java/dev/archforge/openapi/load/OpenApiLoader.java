package dev.archforge.openapi.load;

import dev.archforge.model.InvalidInputException;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.RefResolver;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.source.Document;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.SourceText;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Reads an OpenAPI document or an endpoint list into an {@link ApiDocument}. */
public final class OpenApiLoader {
    private final DocumentReader reader;

    public OpenApiLoader(Limits limits) {
        this.reader = new DocumentReader(limits);
    }

    /** Loads a document whose {@code $ref}s may not leave its folder. */
    public ApiDocument load(Path path, String displayName, InputKind kind) {
        return load(path, displayName, kind, Optional.empty());
    }

    /** Loads a document whose {@code $ref}s may reach anything under {@code refRoot} (see {@link FileRefResolver}). */
    public ApiDocument load(Path path, String displayName, InputKind kind, Optional<Path> refRoot) {
        byte[] bytes = reader.readBytes(path, displayName);
        return load(displayName, bytes, kind, doc -> new FileRefResolver(reader, doc, path, refRoot));
    }

    /**
     * Reads a description held in memory. It has no folder, so only references inside it
     * ({@code #/components/...}) resolve; a reference to another file is reported unresolved.
     */
    public ApiDocument load(SourceText text, InputKind kind) {
        return load(text.name(), reader.bytesOf(text), kind, InMemoryRefResolver::new);
    }

    private ApiDocument load(
            String displayName, byte[] bytes, InputKind kind, Function<Document, RefResolver> resolver) {
        if (kind == InputKind.ENDPOINTS
                || (kind == InputKind.AUTO && EndpointListParser.looksLikeEndpointList(displayName, bytes))) {
            return EndpointListParser.parse(displayName, DocumentReader.decode(displayName, bytes));
        }
        Document doc = reader.parse(displayName, bytes);
        ObjectNode root = doc.root()
                .asObject()
                .orElseThrow(() -> new InvalidInputException(
                        doc.root().location(),
                        "not an OpenAPI document: expected an object at the top, found "
                                + doc.root().typeName()));
        SpecVersion version = version(root);
        return new ApiDocument(displayName, version, root, resolver.apply(doc), doc.duplicateKeys());
    }

    static SpecVersion version(ObjectNode root) {
        if (root.has("openapi")) {
            Node v = root.get("openapi").orElseThrow();
            String text = v.asScalar().map(s -> s.text()).orElse("");
            if (text.startsWith("3.0")) {
                return SpecVersion.OPENAPI_3_0;
            }
            if (text.startsWith("3.1") || text.startsWith("3.2")) {
                return SpecVersion.OPENAPI_3_1;
            }
            throw new InvalidInputException(
                    v.location(), "unsupported OpenAPI version '" + text + "', expected 3.0.x or 3.1.x");
        }
        if (root.has("swagger")) {
            Node v = root.get("swagger").orElseThrow();
            String text = v.asScalar().map(s -> s.text()).orElse("");
            if (text.equals("2.0") || text.equals("2")) {
                return SpecVersion.SWAGGER_2;
            }
            throw new InvalidInputException(v.location(), "unsupported Swagger version '" + text + "', expected 2.0");
        }
        throw new InvalidInputException(
                root.location(),
                "not an OpenAPI document: expected a top-level 'openapi' (3.x) or 'swagger' (2.0) field");
    }
}
