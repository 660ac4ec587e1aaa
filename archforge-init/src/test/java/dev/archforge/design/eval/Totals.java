package dev.archforge.design.eval;

import java.util.List;
import java.util.Locale;

/** The scores summed over the cases. */
record Totals(
        int cases,
        int initHits,
        int initExpected,
        int writtenHits,
        int writtenExpected,
        int wrong,
        int factsHit,
        int factsExpected) {
    static Totals of(List<CaseResult> results) {
        return new Totals(
                results.size(),
                results.stream().mapToInt(r -> r.init().hits()).sum(),
                results.stream().mapToInt(r -> r.init().expected()).sum(),
                results.stream().mapToInt(r -> r.written().hits()).sum(),
                results.stream().mapToInt(r -> r.written().expected()).sum(),
                results.stream().mapToInt(CaseResult::wrong).sum(),
                results.stream().mapToInt(CaseResult::factsHit).sum(),
                results.stream().mapToInt(r -> r.facts().size()).sum());
    }

    double initPercent() {
        return percent(initHits, initExpected);
    }

    double writtenPercent() {
        return percent(writtenHits, writtenExpected);
    }

    double factsPercent() {
        return percent(factsHit, factsExpected);
    }

    /** The one line printed after a run. */
    String line() {
        return "Evaluation of " + cases + " cases: init decisions " + ratio(initHits, initExpected)
                + ", hand-written decisions " + ratio(writtenHits, writtenExpected) + ", facts "
                + ratio(factsHit, factsExpected) + ", plainly wrong " + wrong;
    }

    static String ratio(int hit, int expected) {
        return hit + "/" + expected + " (" + String.format(Locale.ROOT, "%.1f", percent(hit, expected)) + "%)";
    }

    static double percent(int hit, int expected) {
        return expected == 0 ? 0 : 100.0 * hit / expected;
    }
}
