package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Question;
import dev.archforge.design.requirements.Brief;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts the design rests on, each with where it came from: stated in the brief (with the brief's
 * own words), stated in the requirements file, or assumed (a default, listed under assumptions). A
 * stated fact that maps to no requirement key is shown too, so nothing the user said is silently lost.
 */
final class FactsTable {
    private FactsTable() {}

    static List<List<String>> rows(Design design) {
        Requirements req = design.requirements();
        List<List<String>> rows = new ArrayList<>();
        for (Brief.Fact f : req.brief().facts()) {
            boolean mapped = !f.key().equals(Brief.Fact.NO_KEY);
            rows.add(List.of(
                    mapped ? Markdown.code(f.key()) : "(not used by the design)",
                    f.value(),
                    "stated: “" + f.source() + "”"));
        }
        for (String key : req.assumptions()) {
            String value = design.questions().stream()
                    .filter(q -> q.key().equals(key))
                    .map(Question::assumed)
                    .findFirst()
                    .orElse("the documented default");
            rows.add(List.of(Markdown.code(key), value, "assumed: answer it in " + Markdown.code(req.file())));
        }
        return rows;
    }
}
