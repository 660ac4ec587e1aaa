package dev.archforge.design.eval;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of the evaluation set: a folder with {@code case.yaml} and {@code requirements.yaml}.
 *
 * @param name the folder's name ({@code 03-grocery-couriers})
 * @param dir the folder
 * @param kind the kind of system
 * @param brief the brief as a user would type it
 * @param facts the facts the draft must show
 * @param decisions decision id to what its choice should say, in file order
 * @param readProblems what could not be read as the format says
 */
record EvalCase(
        String name,
        Path dir,
        String kind,
        String brief,
        List<ExpectedFact> facts,
        Map<String, Expectation> decisions,
        List<String> readProblems) {
    EvalCase {
        facts = List.copyOf(facts);
        decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
        readProblems = List.copyOf(readProblems);
    }

    Path requirementsFile() {
        return dir.resolve("requirements.yaml");
    }
}
