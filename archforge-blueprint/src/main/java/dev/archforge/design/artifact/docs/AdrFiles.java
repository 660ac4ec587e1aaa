package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where each decision's record lives: {@code adr/NNNN-<kebab title>.md}, numbered from 0001 in
 * decision order. Every document that links to an ADR asks here, so the links always resolve.
 */
public final class AdrFiles {
    /** The folder of the records, relative to the blueprint root. */
    public static final String FOLDER = "adr";

    private AdrFiles() {}

    /** {@code 0001-architecture-style.md} for the first decision titled "Architecture style". */
    public static String fileName(int number, Decision decision) {
        return String.format(Locale.ROOT, "%04d-%s.md", number, slug(decision.title()));
    }

    /** The record's path relative to the blueprint root: {@code adr/0001-architecture-style.md}. */
    public static String path(Design design, Decision decision) {
        return FOLDER + "/" + fileName(number(design, decision), decision);
    }

    /** The 1-based position of the decision in the design. */
    public static int number(Design design, Decision decision) {
        int index = design.decisions().indexOf(decision);
        if (index < 0) {
            throw new IllegalArgumentException("decision '" + decision.id() + "' is not part of the design");
        }
        return index + 1;
    }

    /** A Markdown link to the record from a file at the blueprint root: {@code [ADR-0001](adr/0001-…)}. */
    public static String link(Design design, Decision decision) {
        return Markdown.link(label(design, decision), path(design, decision));
    }

    /** {@code ADR-0001}. */
    public static String label(Design design, Decision decision) {
        return String.format(Locale.ROOT, "ADR-%04d", number(design, decision));
    }

    /** Links to every decision in the areas, comma-separated; empty when the design has none there. */
    public static String links(Design design, Area... areas) {
        List<Area> wanted = List.of(areas);
        return design.decisions().stream()
                .filter(d -> wanted.contains(d.area()))
                .map(d -> link(design, d))
                .collect(Collectors.joining(", "));
    }

    /** Lower-case words joined by hyphens: "Auth (OIDC) & tokens" → {@code auth-oidc-tokens}. */
    static String slug(String title) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "decision" : slug;
    }
}
