package dev.archforge.design.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code target/eval/scores.md}: the totals, a row per case, and every miss, for whoever fixes the engine. */
final class ScoreReport {
    private final StringBuilder out = new StringBuilder();

    private ScoreReport() {}

    static String markdown(List<CaseResult> results) {
        ScoreReport r = new ScoreReport();
        r.totals(Totals.of(results));
        r.cases(results);
        r.errors(results);
        r.byDecision(results);
        r.wrong(results);
        r.misses(results);
        r.facts(results);
        return r.out.toString();
    }

    private void totals(Totals t) {
        line("# Evaluation scores");
        line("");
        line("How the design engine decides on the cases under `src/test/resources/eval/`; see its README.");
        line("");
        line("**" + t.line() + "**");
        line("");
    }

    private void cases(List<CaseResult> results) {
        line("## Cases");
        line("");
        line("| Case | Kind | Init decisions | Hand-written decisions | Plainly wrong | Facts shown |");
        line("|---|---|---|---|---|---|");
        for (CaseResult r : results) {
            row(
                    r.evalCase().name(),
                    r.evalCase().kind(),
                    score(r.init()),
                    score(r.written()),
                    String.valueOf(r.wrong()),
                    r.factsHit() + "/" + r.facts().size());
        }
        Totals t = Totals.of(results);
        row(
                "**Total**",
                "",
                Totals.ratio(t.initHits(), t.initExpected()),
                Totals.ratio(t.writtenHits(), t.writtenExpected()),
                String.valueOf(t.wrong()),
                Totals.ratio(t.factsHit(), t.factsExpected()));
        line("");
    }

    private static String score(PathResult p) {
        return p.hits() + "/" + p.expected() + (p.error().isPresent() ? " (failed)" : "");
    }

    private void errors(List<CaseResult> results) {
        line("## Paths that failed");
        line("");
        line("A path that cannot be loaded or designed misses all its decisions; its facts count as not shown.");
        line("");
        boolean any = false;
        for (CaseResult r : results) {
            for (PathResult p : List.of(r.init(), r.written())) {
                if (p.error().isPresent()) {
                    any = true;
                    line("- **" + r.evalCase().name() + "**, " + p.path() + ": "
                            + firstLines(p.error().get()));
                }
            }
            if (r.factsError().isPresent() && r.init().error().isEmpty()) {
                any = true;
                line("- **" + r.evalCase().name() + "**, facts: "
                        + firstLines(r.factsError().get()));
            }
        }
        line(any ? "" : "None.\n");
    }

    private void byDecision(List<CaseResult> results) {
        Map<String, int[]> counts = new TreeMap<>();
        for (CaseResult r : results) {
            count(counts, r.init(), 0);
            count(counts, r.written(), 2);
        }
        line("## By decision id");
        line("");
        line("| Decision | Init hit | Hand-written hit | Missed in all |");
        line("|---|---|---|---|");
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) ->
                                e.getValue()[0] + e.getValue()[2] - e.getValue()[1] - e.getValue()[3])
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    int[] c = e.getValue();
                    row(e.getKey(), c[0] + "/" + c[1], c[2] + "/" + c[3], String.valueOf(c[1] - c[0] + c[3] - c[2]));
                });
        line("");
    }

    private static void count(Map<String, int[]> counts, PathResult p, int at) {
        for (DecisionResult d : p.decisions()) {
            int[] c = counts.computeIfAbsent(d.id(), id -> new int[4]);
            c[at] += d.hit() ? 1 : 0;
            c[at + 1]++;
        }
    }

    private void wrong(List<CaseResult> results) {
        line("## Plainly wrong");
        line("");
        line("| Case | Path | Decision | Says | Choice |");
        line("|---|---|---|---|---|");
        for (CaseResult r : results) {
            for (PathResult p : List.of(r.init(), r.written())) {
                for (DecisionResult d : p.decisions()) {
                    if (!d.wrong().isEmpty()) {
                        row(r.evalCase().name(), p.path(), d.id(), String.join(", ", d.wrong()), d.got());
                    }
                }
            }
        }
        line("");
    }

    private void misses(List<CaseResult> results) {
        line("## Misses");
        line("");
        line("Every expected decision a designed path missed (failed paths are listed above, not here).");
        line("");
        line("| Case | Path | Decision | Expected | Got |");
        line("|---|---|---|---|---|");
        for (CaseResult r : results) {
            for (PathResult p : List.of(r.init(), r.written())) {
                if (p.error().isPresent()) {
                    continue;
                }
                for (DecisionResult d : p.decisions()) {
                    if (!d.hit()) {
                        row(r.evalCase().name(), p.path(), d.id(), d.expected().describe(), d.got());
                    }
                }
            }
        }
        line("");
    }

    private void facts(List<CaseResult> results) {
        line("## Facts not shown");
        line("");
        line("| Case | Expected | The draft's facts quoting those words |");
        line("|---|---|---|");
        for (CaseResult r : results) {
            for (FactResult f : r.facts()) {
                if (!f.shown()) {
                    row(r.evalCase().name(), f.fact().describe(), f.got());
                }
            }
        }
        line("");
    }

    private static String firstLines(String text) {
        List<String> lines = text.lines().toList();
        String shown = String.join(" / ", lines.subList(0, Math.min(4, lines.size())));
        return shown + (lines.size() > 4 ? " / … (" + (lines.size() - 4) + " more)" : "");
    }

    private void row(String... cells) {
        StringBuilder s = new StringBuilder("|");
        for (String cell : cells) {
            s.append(' ').append(cell.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        line(s.toString());
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
