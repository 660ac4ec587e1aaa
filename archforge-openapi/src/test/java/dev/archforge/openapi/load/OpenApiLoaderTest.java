package dev.archforge.openapi.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.model.InvalidInputException;
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
import java.util.Objects;
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
                        + Objects.requireNonNull(api.getParent()).toRealPath() + "), so it is not read"));
        assertThat(resolver.resolve(doc.root(), "/dev/zero"))
                .isInstanceOf(RefResolver.Missing.class)
                .hasToString("Missing[reason='/dev/zero' leaves the folder of the reviewed document ("
                        + Objects.requireNonNull(api.getParent()).toRealPath() + "), so it is not read]");
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
