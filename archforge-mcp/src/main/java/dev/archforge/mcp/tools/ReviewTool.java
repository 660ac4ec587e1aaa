package dev.archforge.mcp.tools;

import dev.archforge.engine.review.ConfigSource;
import dev.archforge.engine.review.Deployment;
import dev.archforge.engine.review.FailOn;
import dev.archforge.engine.review.ReadAs;
import dev.archforge.engine.review.ReviewInput;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.SqlMode;
import dev.archforge.model.UsageException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code review}: OpenAPI documents, endpoint lists and PostgreSQL schemas or migrations, sent as
 * text with a file name or named as paths under the client's roots, with the options of
 * {@code archforge review}.
 */
final class ReviewTool implements ArchforgeTool {
    private static final Tool DESCRIPTOR = Descriptors.load("review", true);

    @Override
    public Tool descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CallToolResult call(ToolCall call) {
        Args args = call.args();
        ReviewRequest.Builder request = ReviewRequest.builder();
        List<Map<String, Object>> files = args.objects("files");
        for (int i = 0; i < files.size(); i++) {
            Args file = new Args("files[" + i + "] of review", files.get(i), java.util.Set.of("name", "text"));
            request.text(file.required("name"), file.required("text"));
        }
        List<String> paths = args.strings("paths");
        if (files.isEmpty() && paths.isEmpty()) {
            throw new UsageException("review needs something to review: 'files' (texts with their file names)"
                    + " or 'paths' (files or folders under the client's roots)");
        }
        Optional<Roots> roots = paths.isEmpty()
                        && args.string("config").isEmpty()
                        && args.string("baseline").isEmpty()
                ? Optional.empty()
                : Optional.of(call.roots().get());
        List<Path> readable = new ArrayList<>();
        for (String p : paths) {
            readable.add(roots.orElseThrow().readable("path", p));
        }
        readable.forEach(p -> request.input(ReviewInput.of(p)));
        request.readAs(ReadAs.parse(args.choice("as", List.of("auto", "openapi", "endpoints")))
                        .orElseThrow())
                .sqlMode(SqlMode.parse(args.choice("sqlMode", List.of("auto", "schema", "migration")))
                        .orElseThrow())
                .migrations(args.string("migrations").map(v -> Deployment.parse(v)
                        .orElseThrow(() ->
                                new UsageException("unknown migrations '" + v + "', expected online or offline"))))
                .largeTables(args.has("largeTables") ? Optional.of(args.strings("largeTables")) : Optional.empty())
                .failOn(args.string("failOn").map(v -> FailOn.parse(v)
                        .orElseThrow(() -> new UsageException(
                                "unknown failOn '" + v + "', expected error, warning, info or never"))))
                .config(args.string("config")
                        .<ConfigSource>map(c ->
                                new ConfigSource.FromFile(roots.orElseThrow().readable("config", c)))
                        .orElse(
                                readable.isEmpty()
                                        ? ConfigSource.discover()
                                        : roots.orElseThrow().configFor(readable.get(0))))
                .baseline(args.string("baseline").map(b -> roots.orElseThrow().readable("baseline", b)))
                .limits(call.limits().reading());
        int maxFindings = args.integer("maxFindings").orElse(ReviewOutput.DEFAULT_MAX_FINDINGS);
        if (maxFindings < 0) {
            throw new UsageException("maxFindings must be 0 (all) or more, got " + maxFindings);
        }
        return ReviewOutput.of(call.engine().review(request.build()), maxFindings, Optional.empty());
    }
}
