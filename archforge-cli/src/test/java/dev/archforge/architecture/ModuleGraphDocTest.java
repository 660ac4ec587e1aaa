package dev.archforge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The module graph drawn in docs/architecture.md is the one the poms declare: every arrow of the
 * first Mermaid block is a compile dependency between Archforge modules and every such dependency
 * is an arrow (dotted for the benchmarks module, which is not part of the product). A module added
 * or a dependency changed without the picture fails here.
 */
class ModuleGraphDocTest {
    private static final Path ROOT = Path.of(System.getProperty("archforge.root", ".."));
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(archforge-[^<]+)</artifactId>");
    private static final Pattern NODE = Pattern.compile("(\\w+)\\[(archforge-[\\w-]+)");
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\w+)(?:\\[[^\\]]*\\])?\\s*(-->|-\\.->)\\s*(\\w+)");

    @Test
    void theDiagramHasExactlyTheDependenciesOfThePoms() throws IOException {
        assertThat(documented()).isEqualTo(declared());
    }

    /** "from -> to" for every compile dependency between modules of the parent pom. */
    private static Set<String> declared() throws IOException {
        Set<String> edges = new TreeSet<>();
        Matcher modules = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (modules.find()) {
            String module = modules.group(1);
            Matcher deps =
                    DEPENDENCY.matcher(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
            while (deps.find()) {
                String dep = deps.group(1);
                Matcher artifact = ARTIFACT.matcher(dep);
                if (artifact.find() && !dep.contains("<scope>test</scope>") && !dep.contains("test-jar")) {
                    edges.add(module + " -> " + artifact.group(1));
                }
            }
        }
        return edges;
    }

    /** The arrows of the first Mermaid block, with node names mapped to the modules they label. */
    private static Set<String> documented() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
        int start = doc.indexOf("```mermaid");
        String graph = doc.substring(start, doc.indexOf("```", start + 3));
        Map<String, String> names = new HashMap<>();
        Matcher nodes = NODE.matcher(graph);
        while (nodes.find()) {
            names.put(nodes.group(1), nodes.group(2));
        }
        Set<String> edges = new TreeSet<>();
        for (String line : graph.split("\n")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find()) {
                String from = names.getOrDefault(edge.group(1), edge.group(1));
                String to = names.getOrDefault(edge.group(3), edge.group(3));
                boolean dotted = edge.group(2).equals("-.->");
                assertThat(dotted)
                        .as("only the benchmarks' arrows are dotted: %s", line.strip())
                        .isEqualTo(from.equals("archforge-bench"));
                edges.add(from + " -> " + to);
            }
        }
        return edges;
    }
}
