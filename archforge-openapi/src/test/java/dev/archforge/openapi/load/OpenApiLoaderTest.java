package dev.archforge.openapi.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.lint.Config;
import dev.archforge.model.Finding;
import dev.archforge.model.InvalidInputException;
import dev.archforge.openapi.OpenApiReviewer;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.RefResolver;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.model.Usage;
import dev.archforge.source.Document;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiLoaderTest {
    static final Path DIR = Path.of("src/test/resources/load");
    private final OpenApiLoader loader = new OpenApiLoader(Limits.DEFAULT);

    @Test
    void followsRelativeFileReferencesAcrossFilesAndCycles() {
        ApiDocument api = loader.load(DIR.resolve("split/openapi.yaml"), "split/openapi.yaml", InputKind.AUTO);
        assertThat(api.version()).isEqualTo(SpecVersion.OPENAPI_3_0);
        assertThat(api.operations()).extracting(Operation::label).containsExactly("GET /pets");
        Operation op = api.operations().get(0);
        assertThat(op.node().file()).isEqualTo("split/paths/pets.yaml");
        Node pet = api.deref(Objects.requireNonNull(api.componentSchemas().get("Pet")));
        assertThat(pet.file()).isEqualTo("split/schemas/pet.yaml");
        assertThat(pet.pointer()).isEqualTo("/Pet");
        ObjectNode owner = api.object(pet.asObject()
                        .orElseThrow()
                        .object("properties")
                        .orElseThrow()
                        .get("owner")
                        .orElseThrow())
                .orElseThrow();
        assertThat(owner.file()).isEqualTo("split/schemas/owner.yaml");
        ObjectNode back = api.object(owner.object("properties")
                        .flatMap(p -> p.object("pets"))
                        .flatMap(p -> p.get("items"))
                        .orElseThrow())
                .orElseThrow();
        assertThat(back).isSameAs(pet);
    }

    @Test
    void countsTheOperationsThatReachAComponentThroughOtherComponents() {
        ApiDocument api = loader.load(DIR.resolve("split/openapi.yaml"), "split/openapi.yaml", InputKind.AUTO);
        Node pet = api.deref(Objects.requireNonNull(api.componentSchemas().get("Pet")));
        Usage usage = api.usage(pet);
        assertThat(usage.shared()).isTrue();
        assertThat(usage.operations()).isEqualTo(1);
        assertThat(usage.inResponse()).isTrue();
        assertThat(usage.inRequest()).isFalse();
    }

    @Test
    void readsSwagger2BodiesAndResponses() {
        ApiDocument api = loader.load(DIR.resolve("swagger2.json"), "swagger2.json", InputKind.AUTO);
        assertThat(api.version()).isEqualTo(SpecVersion.SWAGGER_2);
        Operation post = api.operations().get(0);
        assertThat(api.hasRequestBody(post)).isTrue();
        assertThat(api.requestContent(post)).containsOnlyKeys("application/json");
        assertThat(api.responseContent(
                        post, Objects.requireNonNull(api.responses(post).get("201"))))
                .containsOnlyKeys("application/json");
        assertThat(api.usage(Objects.requireNonNull(api.componentSchemas().get("Pet"))))
                .isEqualTo(new Usage(1, true, true, true));
    }

    @Test
    void readsEndpointListsAsTheyArePasted() {
        ApiDocument api = loader.load(DIR.resolve("endpoints.txt"), "endpoints.txt", InputKind.AUTO);
        assertThat(api.isEndpointList()).isTrue();
        assertThat(api.operations())
                .extracting(Operation::label)
                .containsExactly("GET /users/{userId}", "POST /users", "DELETE /users/{id}", "GET /search");
        Operation get = api.operations().get(0);
        assertThat(get.node().keyLocation().toString()).isEqualTo("endpoints.txt:2:3");
        assertThat(get.node().text("summary")).contains("Fetch a user");
        assertThat(api.operations().get(1).node().text("summary")).contains("create a user");
    }

    @Test
    void anEndpointListWithANonsenseLineSaysWhichLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("routes.txt");
        Files.writeString(file, "GET /users\nfetch all the things\n");
        assertThatThrownBy(() -> loader.load(file, "routes.txt", InputKind.AUTO))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).describe())
                .asString()
                .startsWith("routes.txt:2:1: expected 'METHOD /path [description]'");
    }

    @Test
    void aDocumentThatIsNotOpenApiIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, "services:\n  web: {image: nginx}\n");
        assertThatThrownBy(() -> loader.load(file, "compose.yaml", InputKind.AUTO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("not an OpenAPI document: expected a top-level 'openapi' (3.x) or 'swagger' (2.0) field");
        Files.writeString(file, "openapi: 4.0.0\n");
        assertThatThrownBy(() -> loader.load(file, "compose.yaml", InputKind.AUTO))
                .hasMessage("unsupported OpenAPI version '4.0.0', expected 3.0.x or 3.1.x");
        Files.writeString(file, "- a\n- b\n");
        assertThatThrownBy(() -> loader.load(file, "compose.yaml", InputKind.AUTO))
                .hasMessage("not an OpenAPI document: expected an object at the top, found array");
    }

    @Test
    void forcingEndpointsReadsAYamlLookingFileAsAList(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("api.yaml");
        Files.writeString(file, "GET /a\nPUT /a/{id}\n");
        assertThat(loader.load(file, "api.yaml", InputKind.ENDPOINTS).operations())
                .hasSize(2);
    }

    @Test
    void referencesOutOfTheDocumentsFolderAreNotRead(@TempDir Path dir) throws IOException {
        Path api = Files.createDirectories(dir.resolve("api")).resolve("openapi.yaml");
        Files.writeString(api, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        Files.writeString(dir.resolve("secret.yaml"), "x: {type: string}\n");
        Files.writeString(dir.resolve("api/pet.yaml"), "Pet: {type: string}\n");
        DocumentReader reader = new DocumentReader(Limits.DEFAULT);
        Document doc = reader.read(api, "api/openapi.yaml");
        FileRefResolver resolver = new FileRefResolver(reader, doc, api);
        assertThat(resolver.resolve(doc.root(), "pet.yaml#/Pet")).isInstanceOf(RefResolver.Found.class);
        assertThat(resolver.resolve(doc.root(), "../secret.yaml#/x"))
                .isEqualTo(new RefResolver.Missing("'../secret.yaml' leaves the folder of the reviewed document ("
                        + Objects.requireNonNull(api.getParent()).toRealPath()
                        + "), so it is not read; ref-root in .archforge.yaml lets references reach a folder above"));
        assertThat(resolver.resolve(doc.root(), "/dev/zero"))
                .isInstanceOf(RefResolver.Missing.class)
                .hasToString("Missing[reason='/dev/zero' leaves the folder of the reviewed document ("
                        + Objects.requireNonNull(api.getParent()).toRealPath()
                        + "), so it is not read; ref-root in .archforge.yaml lets references reach a folder above]");
    }

    /**
     * A project whose descriptions share schemas in a folder above them: {@code project/shared} is
     * reachable from {@code project/apis/v1} under {@code ref-root: project}, nothing outside it is,
     * by {@code ..}, an absolute path or a symbolic link (to a file or to a folder).
     */
    @Test
    void aRefRootWidensTheFolderReferencesMayReachAndNoFurther(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path v1 = Files.createDirectories(project.resolve("apis/v1"));
        Path api = v1.resolve("openapi.yaml");
        Files.writeString(api, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        Files.createDirectories(project.resolve("shared"));
        Files.writeString(project.resolve("shared/common.yaml"), "Error: {type: object}\n");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), "x: {type: string}\n");
        Files.createSymbolicLink(v1.resolve("link.yaml"), outside.resolve("secret.yaml"));
        Files.createSymbolicLink(project.resolve("shared/elsewhere"), outside);
        DocumentReader reader = new DocumentReader(Limits.DEFAULT);
        Document doc = reader.read(api, "apis/v1/openapi.yaml");
        FileRefResolver resolver = new FileRefResolver(reader, doc, api, Optional.of(project));
        String root = project.toRealPath().toString();

        assertThat(resolver.resolve(doc.root(), "../../shared/common.yaml#/Error"))
                .isInstanceOf(RefResolver.Found.class);
        assertThat(resolver.resolve(doc.root(), "../../../outside/secret.yaml#/x"))
                .isEqualTo(new RefResolver.Missing(
                        "'../../../outside/secret.yaml' leaves the ref-root (" + root + "), so it is not read"));
        assertThat(resolver.resolve(doc.root(), "../../shared/../../outside/secret.yaml#/x"))
                .isEqualTo(new RefResolver.Missing("'../../shared/../../outside/secret.yaml' leaves the ref-root ("
                        + root + "), so it is not read"));
        assertThat(resolver.resolve(doc.root(), outside.resolve("secret.yaml") + "#/x"))
                .isInstanceOf(RefResolver.Missing.class);
        assertThat(resolver.resolve(doc.root(), "link.yaml#/x"))
                .isEqualTo(
                        new RefResolver.Missing("'link.yaml' leaves the ref-root (" + root + "), so it is not read"));
        assertThat(resolver.resolve(doc.root(), "../../shared/elsewhere/secret.yaml#/x"))
                .isEqualTo(new RefResolver.Missing(
                        "'../../shared/elsewhere/secret.yaml' leaves the ref-root (" + root + "), so it is not read"));
    }

    @Test
    void aRefRootThatDoesNotHoldTheDocumentLeavesItsOwnFolder(@TempDir Path dir) throws IOException {
        Path v1 = Files.createDirectories(dir.resolve("apis/v1"));
        Path api = v1.resolve("openapi.yaml");
        Files.writeString(api, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("common.yaml"), "Error: {type: object}\n");
        DocumentReader reader = new DocumentReader(Limits.DEFAULT);
        Document doc = reader.read(api, "apis/v1/openapi.yaml");
        // a ref-root beside the document, not above it, does not move the confinement there
        FileRefResolver resolver = new FileRefResolver(reader, doc, api, Optional.of(shared));
        assertThat(resolver.resolve(doc.root(), "../../shared/common.yaml#/Error"))
                .isEqualTo(new RefResolver.Missing("'../../shared/common.yaml' leaves the folder of the reviewed"
                        + " document (" + v1.toRealPath()
                        + "), so it is not read; ref-root in .archforge.yaml lets references reach a folder above"));
    }

    @Test
    void theReviewerTakesTheRefRootFromTheConfiguration(@TempDir Path dir) throws IOException {
        Path v1 = Files.createDirectories(dir.resolve("apis/v1"));
        Path api = v1.resolve("openapi.yaml");
        Files.writeString(api, """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /pets:
                    get:
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '../../shared/common.yaml#/Pet'}
                """);
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/common.yaml"), "Pet: {type: object}\n");
        Config config = Config.builder(dir).refRoot(Optional.of(dir)).build();
        List<String> unresolved = new OpenApiReviewer(Limits.DEFAULT)
                .review(api, "apis/v1/openapi.yaml", InputKind.AUTO, config).findings().stream()
                        .filter(f -> f.ruleId().equals("api-ref-unresolved"))
                        .map(Finding::message)
                        .toList();
        assertThat(unresolved).isEmpty();
        assertThat(new OpenApiReviewer(Limits.DEFAULT)
                        .review(api, "apis/v1/openapi.yaml", InputKind.AUTO, Config.empty(dir)).findings().stream()
                                .filter(f -> f.ruleId().equals("api-ref-unresolved"))
                                .map(Finding::message))
                .singleElement()
                .asString()
                .startsWith("$ref '../../shared/common.yaml' leaves the folder of the reviewed document");
    }

    @Test
    void aFifoInsideTheFolderIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path api = dir.resolve("openapi.yaml");
        Files.writeString(api, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString())
                        .start()
                        .waitFor())
                .isZero();
        DocumentReader reader = new DocumentReader(Limits.DEFAULT);
        Document doc = reader.read(api, "openapi.yaml");
        assertThat(new FileRefResolver(reader, doc, api).resolve(doc.root(), "pipe.yaml#/x"))
                .hasToString(
                        "Missing[reason=cannot load 'pipe.yaml': pipe.yaml:1:1: not a regular file (a device, FIFO or"
                                + " socket), expected a JSON, YAML or SQL file or a folder]");
    }
}
