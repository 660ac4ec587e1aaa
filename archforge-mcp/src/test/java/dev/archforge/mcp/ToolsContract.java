package dev.archforge.mcp;

import static dev.archforge.mcp.Clients.REPO;
import static dev.archforge.mcp.Clients.call;
import static dev.archforge.mcp.Clients.isError;
import static dev.archforge.mcp.Clients.structured;
import static dev.archforge.mcp.Clients.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every tool, resource and prompt, and every error path, through the SDK's client over one transport:
 * a subclass says which. The roots are the repository and a scratch folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ToolsContract {
    static final String PETS = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets/:
                get:
                  responses:
                    '200': {description: ok}
            """;

    McpSyncClient client;
    Path scratch;

    abstract McpSyncClient connect(List<Path> roots) throws Exception;

    void stop() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        scratch = Files.createTempDirectory("archforge-mcp-test").toRealPath();
        client = connect(List.of(REPO, scratch));
    }

    @AfterAll
    void close() throws Exception {
        client.closeGracefully();
        stop();
    }

    @Test
    void listsTheSixToolsWithSchemasAndAnnotations() {
        List<Tool> tools = client.listTools().tools();
        assertThat(tools)
                .extracting(Tool::name)
                .containsExactly(
                        "review", "list_rules", "explain_rule", "draft_requirements", "design", "review_design");
        for (Tool t : tools) {
            assertThat(t.title()).isNotBlank();
            assertThat(t.description()).hasSizeGreaterThan(150);
            assertThat(t.inputSchema()).containsEntry("type", "object");
            assertThat(t.outputSchema()).containsEntry("type", "object");
            assertThat(t.annotations().openWorldHint()).isFalse();
            assertThat(t.annotations().idempotentHint()).isTrue();
            assertThat(t.annotations().readOnlyHint()).isEqualTo(!t.name().equals("design"));
        }
    }

    @Test
    void reviewsTextInMemory() {
        CallToolResult r = call(client, "review", Map.of("files", List.of(Map.of("name", "pets.yaml", "text", PETS))));
        assertThat(isError(r)).isFalse();
        Map<String, Object> s = structured(r);
        assertThat(s.get("files")).isEqualTo(List.of("pets.yaml"));
        assertThat(text(r)).startsWith("Reviewed 1 file: ").contains("pets.yaml:4:");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) Objects.requireNonNull(s.get("rules"));
        assertThat(rules).extracting(m -> m.get("ruleId")).contains("api-path-trailing-slash");
        assertThat(rules.get(0)).containsKeys("title", "howToFix", "count", "severity");
    }

    @Test
    void reviewsPathsUnderTheRoots() {
        CallToolResult r =
                call(client, "review", Map.of("paths", List.of("examples/bookstore.yaml"), "maxFindings", 3));
        assertThat(isError(r)).as(text(r)).isFalse();
        Map<String, Object> s = structured(r);
        assertThat((List<?>) s.get("findings")).hasSize(3);
        assertThat(s.get("truncated")).isEqualTo(true);
        assertThat(text(r)).contains("Only the first 3 findings are listed");
    }

    @Test
    void reviewsSqlMigrations() {
        CallToolResult r = call(
                client,
                "review",
                Map.of(
                        "paths",
                        List.of("examples/design/marketplace/db/migration"),
                        "sqlMode",
                        "migration",
                        "migrations",
                        "offline"));
        assertThat(isError(r)).as(text(r)).isFalse();
        assertThat(String.valueOf(structured(r).get("sqlRuns"))).contains("migrations applied offline");
    }

    @Test
    void anUnchangedSqlSetIsAnsweredFromTheFindingsKeptAndSaysSo() {
        Map<String, Object> args = Map.of(
                "paths", List.of("examples/design/marketplace/db/migration"), "sqlMode", "migration", "maxFindings", 0);
        Map<String, Object> first = structured(call(client, "review", args));
        CallToolResult again = call(client, "review", args);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary =
                (Map<String, Object>) Objects.requireNonNull(structured(again).get("summary"));
        assertThat(summary.get("reusedSqlSets")).isEqualTo(1);
        assertThat(structured(again).get("findings")).isEqualTo(first.get("findings"));
        assertThat(text(again)).contains("1 SQL set was unchanged since an earlier review");
    }

    @Test
    void largeTablesJudgesTheOtherTablesSmall() {
        List<Map<String, Object>> files = List.of(
                Map.of("name", "V1__orders.sql", "text", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);\n"),
                Map.of("name", "V2__index.sql", "text", "CREATE INDEX orders_status_idx ON orders (status);\n"));
        String rule = "sql-index-created-without-concurrently";
        CallToolResult unnamed = call(client, "review", Map.of("files", files, "sqlMode", "migration"));
        assertThat(String.valueOf(structured(unnamed).get("findings"))).contains(rule);
        CallToolResult named = call(
                client,
                "review",
                Map.of("files", files, "sqlMode", "migration", "largeTables", List.of("audit.events")));
        assertThat(isError(named)).as(text(named)).isFalse();
        assertThat(String.valueOf(structured(named).get("findings"))).doesNotContain(rule);
        assertThat(String.valueOf(structured(named).get("summary"))).contains("large-tables");
        assertError(
                call(client, "review", Map.of("files", files, "largeTables", List.of("1st"))),
                "archforge: --large-tables expects table names");
    }

    @Test
    void invalidInputIsAToolErrorWithTheLocatedMessage() {
        CallToolResult r = call(
                client, "review", Map.of("files", List.of(Map.of("name", "broken.yaml", "text", "openapi: [1,\n"))));
        assertThat(isError(r)).isTrue();
        assertThat(text(r)).containsPattern("broken\\.yaml:\\d+:\\d+: ");
    }

    @Test
    void argumentErrorsAreToolErrors() {
        assertError(call(client, "review", Map.of()), "archforge: review needs something to review");
        assertError(
                call(client, "review", Map.of("paths", "x.yaml")),
                "archforge: argument 'paths' of review must be an array of strings, got a string");
        assertError(
                call(client, "review", Map.of("paths", List.of("x.yaml"), "colour", "red")),
                "archforge: unknown argument 'colour' for review; expected as, baseline, config, failOn, files,"
                        + " largeTables, maxFindings, migrations, paths, sqlMode");
        assertError(
                call(client, "review", Map.of("paths", List.of("examples"), "sqlMode", "both")),
                "archforge: unknown sqlMode 'both', expected auto, schema, migration");
        assertError(
                call(client, "review", Map.of("files", List.of(Map.of("name", "a.yaml")))),
                "archforge: files[0] of review needs the argument 'text'");
        assertError(call(client, "explain_rule", Map.of()), "archforge: explain_rule needs the argument 'id'");
    }

    @Test
    void pathsOutsideTheRootsAreRefused() throws IOException {
        assertError(
                call(client, "review", Map.of("paths", List.of("../../etc/passwd"))),
                "archforge: path '../../etc/passwd' is outside the roots this client allows");
        Path link = scratch.resolve("escape.yaml");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of("/etc/hostname"));
        assertError(
                call(client, "review", Map.of("paths", List.of(link.toString()))),
                "archforge: path '" + link + "' is outside the roots this client allows");
        Path folder = Files.createDirectories(scratch.resolve("linked"));
        Files.deleteIfExists(folder.resolve("out"));
        Files.createSymbolicLink(folder.resolve("out"), Path.of("/etc"));
        assertError(
                call(client, "review", Map.of("paths", List.of(folder.toString()))),
                "archforge: path '" + folder + "' holds the link " + folder.resolve("out")
                        + " to /etc, outside the roots");
    }

    @Test
    void aMissingFileIsInvalidInputAsOnTheCommandLine() {
        CallToolResult r = call(client, "review", Map.of("paths", List.of("examples/nothing-here.yaml")));
        assertThat(isError(r)).isTrue();
        assertThat(text(r)).contains("nothing-here.yaml");
    }

    @Test
    void listsAndExplainsRules() {
        CallToolResult all = call(client, "list_rules", Map.of("prefix", "sql-"));
        assertThat(isError(all)).isFalse();
        assertThat((int) Objects.requireNonNull(structured(all).get("count"))).isGreaterThan(10);
        CallToolResult one = call(client, "explain_rule", Map.of("id", "api-path-trailing-slash"));
        assertThat(isError(one)).isFalse();
        assertThat(structured(one)).containsEntry("resource", "archforge://rules/api-path-trailing-slash");
        assertThat(text(one)).startsWith("# ");
        assertError(
                call(client, "explain_rule", Map.of("id", "api-path-trailing-slashes")),
                "archforge: unknown rule 'api-path-trailing-slashes' (did you mean 'api-path-trailing-slash'?);"
                        + " list_rules lists them");
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftsRequirementsAndTakesAnswers() {
        String brief = "A marketplace where 20000 sellers list handmade goods and buyers pay by card.";
        CallToolResult first = call(client, "draft_requirements", Map.of("brief", brief));
        assertThat(isError(first)).as(text(first)).isFalse();
        List<Map<String, Object>> questions = (List<Map<String, Object>>)
                Objects.requireNonNull(structured(first).get("openQuestions"));
        assertThat(questions).isNotEmpty();
        assertThat(questions.get(0)).containsKeys("key", "text", "assumed", "affects");
        String key = (String) questions.get(0).get("key");
        CallToolResult rejected =
                call(client, "draft_requirements", Map.of("brief", brief, "answers", Map.of(key, "")));
        assertThat(isError(rejected)).isFalse();
        assertError(call(client, "draft_requirements", Map.of("brief", " ")), "archforge: the brief is empty");
    }

    @Test
    @SuppressWarnings("unchecked")
    void designsFromYamlObjectAndPath() throws IOException {
        String yaml = Files.readString(REPO.resolve("examples/design/chat.yaml"));
        CallToolResult fromYaml = call(client, "design", Map.of("requirementsYaml", yaml));
        assertThat(isError(fromYaml)).as(text(fromYaml)).isFalse();
        Map<String, Object> s = structured(fromYaml);
        assertThat((List<Map<String, Object>>) s.get("decisions")).allSatisfy(d -> assertThat(d)
                .containsKeys("id", "title", "choice", "rationale", "alternatives", "revisitWhen"));
        assertThat(s).containsKeys("capacity", "warnings", "questions", "architecture");
        CallToolResult fromPath = call(client, "design", Map.of("path", "examples/design/chat.yaml"));
        assertThat(structured(fromPath).get("decisions")).isEqualTo(s.get("decisions"));
        Map<String, Object> object = Map.of(
                "system", Map.of("name", "notes", "purpose", "Personal notes"),
                "entities", Map.of("Note", Map.of("fields", Map.of("title", "string(120) required"))));
        CallToolResult fromObject = call(client, "design", Map.of("requirements", object));
        assertThat(isError(fromObject)).as(text(fromObject)).isFalse();
    }

    @Test
    void designErrorsAreLocated() {
        assertError(
                call(
                        client,
                        "design",
                        Map.of("requirementsYaml", "system: {name: x}\nentities: 3\n", "name", "req.yaml")),
                "req.yaml:");
        assertError(call(client, "design", Map.of()), "archforge: design needs exactly one of 'requirements'");
        assertError(
                call(client, "design", Map.of("path", "examples/design/chat.yaml", "blueprint", "write")),
                "archforge: design needs the argument 'outDir'");
    }

    @Test
    void embedsOrWritesTheBlueprintThenReviewsIt() throws IOException {
        CallToolResult embedded =
                call(client, "design", Map.of("path", "examples/design/internal-tool.yaml", "blueprint", "embed"));
        assertThat(isError(embedded)).as(text(embedded)).isFalse();
        List<EmbeddedResource> files = embedded.content().stream()
                .filter(EmbeddedResource.class::isInstance)
                .map(EmbeddedResource.class::cast)
                .toList();
        assertThat(files).isNotEmpty();
        assertThat(((TextResourceContents) files.get(0).resource()).uri()).startsWith("archforge://blueprint/");
        Path out = scratch.resolve("bp");
        CallToolResult written = call(
                client,
                "design",
                Map.of("path", "examples/design/internal-tool.yaml", "blueprint", "write", "outDir", out.toString()));
        assertThat(isError(written)).as(text(written)).isFalse();
        try (var listed = Files.list(out)) {
            assertThat(listed.count()).isPositive();
        }
        assertError(
                call(
                        client,
                        "design",
                        Map.of(
                                "path",
                                "examples/design/internal-tool.yaml",
                                "blueprint",
                                "write",
                                "outDir",
                                out.toString())),
                "archforge: --out " + out + " is not empty; add --force to replace its files");
        CallToolResult review = call(client, "review_design", Map.of("path", out.toString()));
        assertThat(isError(review)).as(text(review)).isFalse();
        assertThat(text(review)).startsWith("Blueprint " + out + ": Reviewed ");
        assertError(
                call(
                        client,
                        "design",
                        Map.of(
                                "path",
                                "examples/design/internal-tool.yaml",
                                "blueprint",
                                "write",
                                "outDir",
                                "/tmp/../etc/x")),
                "archforge: outDir '/tmp/../etc/x' is outside the roots");
    }

    @Test
    void servesResourcesAndPrompts() {
        assertThat(client.listResources().resources())
                .extracting(r -> r.uri())
                .contains(
                        "archforge://rules/api-path-trailing-slash",
                        "archforge://schema/requirements",
                        "archforge://examples/marketplace");
        String page = ((TextResourceContents) client.readResource(
                                ReadResourceRequest.builder("archforge://rules/sql-foreign-key-without-index")
                                        .build())
                        .contents()
                        .get(0))
                .text();
        assertThat(page).startsWith("# ");
        String schema = ((TextResourceContents)
                        client.readResource(ReadResourceRequest.builder("archforge://schema/requirements")
                                        .build())
                                .contents()
                                .get(0))
                .text();
        assertThat(schema).contains("\"$schema\"");
        assertThat(client.listResourceTemplates().resourceTemplates())
                .extracting(t -> t.uriTemplate())
                .containsExactly("archforge://rules/{id}");
        assertThat(client.listPrompts().prompts())
                .extracting(p -> p.name())
                .containsExactlyInAnyOrder("design-a-backend", "review-my-api");
        String prompt = client.getPrompt(GetPromptRequest.builder("design-a-backend")
                        .arguments(Map.of("brief", "A chat app"))
                        .build())
                .messages()
                .get(0)
                .content()
                .toString();
        assertThat(prompt).contains("A chat app").contains("draft_requirements");
    }

    @Test
    void concurrentCallsGiveTheSequentialResults() throws Exception {
        List<Map<String, Object>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(Map.of(
                    "tool", "review", "args", Map.of("paths", List.of("examples/bookstore.yaml"), "maxFindings", 0)));
            calls.add(Map.of("tool", "design", "args", Map.of("path", "examples/design/marketplace.yaml")));
            calls.add(Map.of(
                    "tool", "review", "args", Map.of("files", List.of(Map.of("name", "pets.yaml", "text", PETS)))));
            calls.add(Map.of("tool", "review", "args", Map.of()));
        }
        List<Object> sequential = new ArrayList<>();
        for (Map<String, Object> c : calls) {
            sequential.add(run(c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Map<String, Object> c : calls) {
                futures.add(pool.submit(() -> run(c)));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private Object run(Map<String, Object> c) {
        CallToolResult r = call(client, (String) Objects.requireNonNull(c.get("tool")), (Map<String, Object>)
                Objects.requireNonNull(c.get("args")));
        return List.of(String.valueOf(r.isError()), text(r), String.valueOf(r.structuredContent()));
    }

    static void assertError(CallToolResult result, String start) {
        assertThat(isError(result)).as(text(result)).isTrue();
        assertThat(text(result)).startsWith(start);
    }
}
