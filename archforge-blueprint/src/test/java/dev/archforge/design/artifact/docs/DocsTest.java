package dev.archforge.design.artifact.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Design;
import dev.archforge.design.testing.SampleDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocsTest {
    private static final Design FITNESS = SampleDesigns.fitness();

    @Test
    void errorBudgetIsThePermittedShareOfAThirtyDayMonth() {
        assertThat(OperationsContributor.errorBudgetMinutes(99.9)).isEqualTo(43.2);
        assertThat(OperationsContributor.errorBudgetMinutes(99.99)).isEqualTo(4.32);
        assertThat(OperationsContributor.errorBudgetMinutes(99.5)).isEqualTo(216.0);
    }

    @Test
    void adrFilesAreNumberedKebabTitles() {
        assertThat(AdrFiles.slug("Authentication (OIDC) & tokens")).isEqualTo("authentication-oidc-tokens");
        assertThat(AdrFiles.slug("???")).isEqualTo("decision");
        assertThat(AdrFiles.path(FITNESS, FITNESS.decisions().get(0))).isEqualTo("adr/0001-architecture-style.md");
        assertThat(AdrFiles.link(FITNESS, FITNESS.decisions().get(0)))
                .isEqualTo("[ADR-0001](adr/0001-architecture-style.md)");
    }

    @Test
    void numbersAreGroupedWithAtMostTwoDecimals() {
        assertThat(Text.number(1234.5)).isEqualTo("1,234.5");
        assertThat(Text.number(24.333)).isEqualTo("24.33");
        assertThat(Text.number(2.0)).isEqualTo("2");
        assertThat(Text.number(500_000)).isEqualTo("500,000");
        assertThat(Text.count(1, "warning")).isEqualTo("1 warning");
        assertThat(Text.count(0, "warning")).isEqualTo("0 warnings");
        assertThat(Text.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }

    @Test
    void tableCellsCannotBreakTheTable() {
        String table = new Markdown()
                .table(List.of("A", "B"), List.of(List.of("x | y", "line\nbreak"), List.of("", "z")))
                .toString();
        assertThat(table).isEqualTo("| A | B |\n|---|---|\n| x \\| y | line break |\n| — | z |\n");
    }

    @Test
    void adrRecordFollowsMadrSectionOrder() {
        String record = AdrContributor.record(FITNESS, FITNESS.decisions().get(0));
        assertThat(record).startsWith("---\nstatus: accepted\n---\n\n# Architecture style: Modular monolith\n");
        List<String> headings = record.lines().filter(l -> l.startsWith("#")).toList();
        assertThat(headings)
                .containsExactly(
                        "# Architecture style: Modular monolith",
                        "## Context and Problem Statement",
                        "## Decision Drivers",
                        "## Considered Options",
                        "## Decision Outcome",
                        "### Consequences",
                        "### Revisit when",
                        "## Pros and Cons of the Options",
                        "### Microservices",
                        "## More Information");
        assertThat(record)
                .contains("- Bad, because one deployable scales as a unit.\n")
                .contains("Chosen option: \"Modular monolith\", because one team of 5 ships fastest");
    }

    @Test
    void readmeSummarisesDecisionsWithLinks() {
        String readme = ReadmeContributor.document(FITNESS);
        assertThat(readme)
                .contains("fittrack is a modular monolith (accounts, training, progress) keeping its data in "
                        + "PostgreSQL and Redis, authenticating callers with OIDC and short-lived JWTs, passing "
                        + "events through a PostgreSQL job queue with a transactional outbox, and running on "
                        + "containers on managed instances with 2 to 6 replicas. Decisions: Architecture style: "
                        + "modular monolith ([ADR-0001](adr/0001-architecture-style.md)).")
                .contains(
                        "| Architecture | Architecture style | Modular monolith | [ADR-0001](adr/0001-architecture-style.md) |")
                .contains("**1 open question and 0 warnings**");
        assertThat(readme.split("```mermaid\n", -1)).hasSize(4);
    }
}
