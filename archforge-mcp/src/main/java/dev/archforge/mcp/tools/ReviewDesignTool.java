package dev.archforge.mcp.tools;

import dev.archforge.engine.review.Deployment;
import dev.archforge.engine.review.ReviewInput;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.model.UsageException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code review_design}: a blueprint folder's contract and schema reviewed together, the way
 * {@code archforge review <folder>} finds the OpenAPI document and replays the migrations.
 */
final class ReviewDesignTool implements ArchforgeTool {
    private static final Tool DESCRIPTOR = Descriptors.load("review_design", true);

    @Override
    public Tool descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CallToolResult call(ToolCall call) {
        Args args = call.args();
        String given = args.required("path");
        Roots roots = call.roots().get();
        Path folder = roots.readable("path", given);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("path '" + given + "' is not a folder; give the blueprint folder the design"
                    + " tool wrote (it holds the OpenAPI contract and db/migration)");
        }
        ReviewRequest request = ReviewRequest.builder()
                .input(ReviewInput.of(folder))
                .migrations(args.string("migrations").map(v -> Deployment.parse(v)
                        .orElseThrow(() ->
                                new UsageException("unknown migrations '" + v + "', expected online or offline"))))
                .config(roots.configFor(folder))
                .limits(call.limits().reading())
                .build();
        int max = args.integer("maxFindings").orElse(ReviewOutput.DEFAULT_MAX_FINDINGS);
        if (max < 0) {
            throw new UsageException("maxFindings must be 0 (all) or more, got " + max);
        }
        return ReviewOutput.of(call.engine().review(request), max, Optional.of("Blueprint " + folder + ":"));
    }
}
