package dev.archforge.design.artifact.docs;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Question;
import dev.archforge.design.plan.Warning;
import dev.archforge.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code questions.md}: the open questions with the answer assumed and the decisions each
 * answer would change, the assumptions the requirements file marks, and the warnings.
 */
public final class QuestionsContributor implements Contributor {
    public static final String PATH = "questions.md";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    static String document(Design design) {
        Markdown md = new Markdown()
                .heading(
                        1, "Open questions of " + design.requirements().system().name())
                .paragraph(
                        "Answer these in " + Markdown.code(design.requirements().file())
                                + " and design again: each answer can change the decisions listed beside it.");
        md.heading(2, "Questions");
        if (design.questions().isEmpty()) {
            md.paragraph("None: every input that changes a decision is given.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Question q : design.questions()) {
                rows.add(List.of(q.text(), Markdown.code(q.key()), q.assumed(), affects(design, q)));
            }
            md.table(List.of("Question", "Key", "Assumed", "Affects"), rows);
        }
        md.heading(2, "Assumptions");
        if (design.requirements().assumptions().isEmpty()) {
            md.paragraph("The requirements file marks no value as assumed.");
        } else {
            md.paragraph("The requirements file marks these values as assumed, not confirmed:")
                    .bullets(design.requirements().assumptions().stream()
                            .map(Markdown::code)
                            .toList());
        }
        md.heading(2, "Warnings");
        if (design.warnings().isEmpty()) {
            md.paragraph("None.");
        } else {
            List<String> lines = new ArrayList<>();
            for (Warning w : design.warnings()) {
                Location l = w.location();
                lines.add(Markdown.code(l.file() + ":" + l.line() + ":" + l.column()) + " " + w.message() + " ("
                        + Markdown.code(w.id()) + ")");
            }
            md.bullets(lines);
        }
        return md.toString();
    }

    private static String affects(Design design, Question q) {
        List<String> links = new ArrayList<>();
        for (String id : q.affects()) {
            Optional<Decision> d =
                    design.decisions().stream().filter(x -> x.id().equals(id)).findFirst();
            links.add(
                    d.isPresent()
                            ? AdrFiles.link(design, d.get()) + " " + d.get().title()
                            : Markdown.code(id));
        }
        return String.join(", ", links);
    }
}
