package dev.archforge.design.eval;

import dev.archforge.design.Designer;
import dev.archforge.design.init.InitSession;
import dev.archforge.design.init.Prompter;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.RequirementsLoader;
import dev.archforge.model.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** Runs a case through init and design, and through design alone, and compares with its expectations. */
final class Scorer {
    private Scorer() {}

    static CaseResult score(EvalCase c) {
        String draft;
        try {
            draft = new InitSession(Prompter.noInput()).run(c.brief()).yaml();
        } catch (RuntimeException e) {
            String why = "init failed: " + message(e);
            return new CaseResult(
                    c,
                    failed("init", c, why),
                    designed("requirements", c, () -> Files.readAllBytes(c.requirementsFile())),
                    c.facts().stream().map(FactResult::notRead).toList(),
                    Optional.of(why));
        }
        List<FactResult> shown;
        Optional<String> factsError = Optional.empty();
        try {
            List<DraftFact> facts = DraftFact.of(draft);
            shown = c.facts().stream().map(f -> FactResult.of(f, facts)).toList();
        } catch (RuntimeException e) {
            shown = c.facts().stream().map(FactResult::notRead).toList();
            factsError = Optional.of("the draft's facts cannot be read: " + message(e));
        }
        byte[] draftBytes = draft.getBytes(StandardCharsets.UTF_8);
        return new CaseResult(
                c,
                designed("init", c, () -> draftBytes),
                designed("requirements", c, () -> Files.readAllBytes(c.requirementsFile())),
                shown,
                factsError);
    }

    /** Where the bytes of a requirements file come from. */
    @FunctionalInterface
    private interface Source {
        byte[] bytes() throws IOException;
    }

    private static PathResult designed(String path, EvalCase c, Source source) {
        Design design;
        try {
            design = new Designer().design(new RequirementsLoader().parse(path + ".yaml", source.bytes()));
        } catch (IOException | RuntimeException e) {
            return failed(path, c, message(e));
        }
        List<DecisionResult> results = c.decisions().entrySet().stream()
                .map(e -> new DecisionResult(e.getKey(), e.getValue(), true, choice(design, e.getKey())))
                .toList();
        return new PathResult(path, results, Optional.empty());
    }

    private static PathResult failed(String path, EvalCase c, String why) {
        List<DecisionResult> misses = c.decisions().entrySet().stream()
                .map(e -> DecisionResult.notDesigned(e.getKey(), e.getValue()))
                .toList();
        return new PathResult(path, misses, Optional.of(why));
    }

    private static Optional<String> choice(Design design, String id) {
        return design.decisions().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .map(Decision::choice);
    }

    private static String message(Exception e) {
        String text = e instanceof InvalidInputException invalid ? invalid.describe() : String.valueOf(e.getMessage());
        return e.getClass().getSimpleName() + ": " + text;
    }
}
