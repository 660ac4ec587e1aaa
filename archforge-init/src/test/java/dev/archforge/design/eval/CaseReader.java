package dev.archforge.design.eval;

import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the case folders under the evaluation root and reads their {@code case.yaml}. */
final class CaseReader {
    private CaseReader() {}

    /** Every folder under {@code root} that holds a {@code case.yaml}, in name order. */
    static List<EvalCase> all(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("case.yaml")))
                    .sorted()
                    .map(CaseReader::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One case; what does not follow the format is listed in its read problems, never thrown. */
    static EvalCase read(Path dir) {
        String name = dir.getFileName().toString();
        List<String> problems = new ArrayList<>();
        ObjectNode root;
        try {
            root = Yaml.root(name + "/case.yaml", Files.readString(dir.resolve("case.yaml")));
        } catch (IOException | RuntimeException e) {
            problems.add("case.yaml cannot be read: " + e.getMessage());
            return new EvalCase(name, dir, "", "", List.of(), Map.of(), problems);
        }
        return new EvalCase(
                name,
                dir,
                Yaml.scalar(root, "kind").orElse(""),
                Yaml.scalar(root, "brief").orElse(""),
                facts(root, problems),
                decisions(root, problems),
                problems);
    }

    private static List<ExpectedFact> facts(ObjectNode root, List<String> problems) {
        List<ExpectedFact> facts = new ArrayList<>();
        for (Node item : root.array("facts").map(a -> a.items()).orElse(List.of())) {
            Optional<ObjectNode> fact = item.asObject();
            if (fact.isEmpty()) {
                problems.add("facts: expected {words, value} at line " + item.line());
                continue;
            }
            facts.add(new ExpectedFact(Yaml.scalar(fact.get(), "words").orElse(""), Yaml.scalars(fact.get(), "value")));
        }
        return facts;
    }

    private static Map<String, Expectation> decisions(ObjectNode root, List<String> problems) {
        Map<String, Expectation> decisions = new LinkedHashMap<>();
        Optional<ObjectNode> all = root.object("decisions");
        if (all.isEmpty()) {
            problems.add("decisions: expected a map of decision id to expectation");
            return decisions;
        }
        all.get().members().forEach((id, node) -> node.asObject()
                .ifPresentOrElse(
                        e -> decisions.put(
                                id, new Expectation(Yaml.scalars(e, "any"), Yaml.scalars(e, "not"), e.isTrue("none"))),
                        () -> problems.add("decisions." + id + ": expected {any: [...]} or {none: true}")));
        return decisions;
    }
}
