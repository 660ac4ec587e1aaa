package dev.archforge.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real external client: bench/mcp-inspector.sh drives the MCP Inspector's command line against this
 * module's server in a child JVM and checks every answer. It runs only when the Inspector is installed
 * in .cache/mcp-inspector (bench/mcp-inspector.sh --install puts it there), so a build never reaches
 * the network.
 */
class InspectorCliTest {
    @Test
    void theInspectorListsToolsAndCallsReviewAndDesign() throws Exception {
        Path inspector = Clients.REPO.resolve(".cache/mcp-inspector/node_modules/.bin/mcp-inspector");
        assumeTrue(Files.isExecutable(inspector), "the Inspector is not installed: bench/mcp-inspector.sh --install");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq")) || onPath("jq"), "jq is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        "bash", Clients.REPO.resolve("bench/mcp-inspector.sh").toString())
                .redirectErrorStream(true);
        pb.environment()
                .put(
                        "SERVER",
                        java + " -cp " + System.getProperty("java.class.path") + " " + StdioServerMain.class.getName());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(out)
                .contains("tools/list: review,list_rules,explain_rule,draft_requirements,design,review_design")
                .contains("mcp-inspector: all checks passed");
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
