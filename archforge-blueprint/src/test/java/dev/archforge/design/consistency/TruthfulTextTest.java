package dev.archforge.design.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.Blueprints;
import dev.archforge.design.plan.Alternative;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.testing.AllDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the decisions and the Markdown documents say is true of the design they are in: every stated
 * comparison of two numbers holds, no revisit threshold names a limit today's figure has already
 * crossed, and no alternative or trade-off reads the same in designs of unlike shape unless it is a
 * listed generic truth.
 */
class TruthfulTextTest {
    /** Every text of a decision, labelled by where it is. */
    private static Map<String, String> texts(Decision d) {
        Map<String, String> out = new TreeMap<>();
        out.put(d.id() + " choice", d.choice());
        out.put(d.id() + " rationale", d.rationale());
        for (int i = 0; i < d.alternatives().size(); i++) {
            Alternative a = d.alternatives().get(i);
            out.put(d.id() + " alternative " + a.option(), a.option() + ": " + a.whyNot());
        }
        for (int i = 0; i < d.tradeoffs().size(); i++) {
            out.put(d.id() + " trade-off " + (i + 1), d.tradeoffs().get(i));
        }
        out.put(d.id() + " revisit", d.revisitWhen());
        return out;
    }

    @TestFactory
    Stream<DynamicTest> comparisonsHold() {
        return AllDesigns.designed().stream()
                .map(named -> DynamicTest.dynamicTest(named.name(), () -> {
                    Design design = named.design();
                    Map<String, String> all = new TreeMap<>();
                    design.decisions().forEach(d -> all.putAll(texts(d)));
                    Blueprints.render(design).files().forEach((path, text) -> {
                        if (path.endsWith(".md")) {
                            all.put(path, text);
                        }
                    });
                    List<String> false_ = new ArrayList<>();
                    all.forEach((where, text) -> Comparisons.in(text).stream()
                            .filter(c -> !c.holds())
                            .forEach(c -> false_.add(where + ": \"" + c.clause() + "\"")));
                    assertThat(false_).as(named.name()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> revisitThresholdsAreStillAhead() {
        return AllDesigns.designed().stream()
                .map(named -> DynamicTest.dynamicTest(named.name(), () -> {
                    Figures figures = new Figures(named.design());
                    List<String> problems = new ArrayList<>();
                    for (Decision d : named.design().decisions()) {
                        RevisitThresholds.problems(d.revisitWhen(), figures)
                                .forEach(p -> problems.add(d.id() + ": " + p));
                    }
                    assertThat(problems).as(named.name()).isEmpty();
                }));
    }

    /**
     * Alternatives and trade-offs that name nothing of their design (none of its names, none of the
     * numbers its choices, rationales, drivers and capacity plan state) and read the same in designs of
     * unlike shape (another style or other stores) are templates that ignore the design: each must be a
     * listed generic truth.
     */
    @Test
    void alternativesAndTradeoffsSpeakOfTheirDesign() {
        Map<String, Set<String>> shapes = new TreeMap<>();
        for (AllDesigns.Named named : AllDesigns.designed()) {
            Design design = named.design();
            String shape = design.architecture().style() + " on "
                    + design.architecture().stores();
            DesignWords words = DesignWords.of(design);
            for (Decision d : design.decisions()) {
                for (Alternative a : d.alternatives()) {
                    if (!words.mentionedIn(a.whyNot())) {
                        shapes.computeIfAbsent(a.option() + ": " + a.whyNot(), k -> new TreeSet<>())
                                .add(shape);
                    }
                }
                for (String t : d.tradeoffs()) {
                    if (!words.mentionedIn(t)) {
                        shapes.computeIfAbsent(t, k -> new TreeSet<>()).add(shape);
                    }
                }
            }
        }
        List<String> generic = new ArrayList<>();
        shapes.forEach((text, in) -> {
            if (in.size() > 1 && !GenericTruths.TEXTS.containsKey(text)) {
                generic.add(text + "  (in " + in.size() + " shapes)");
            }
        });
        assertThat(generic).isEmpty();
        assertThat(GenericTruths.TEXTS.keySet())
                .as("allow-listed texts still generated without a word of their design")
                .allMatch(shapes::containsKey);
        assertThat(GenericTruths.TEXTS.values()).allMatch(reason -> !reason.isBlank());
    }

    @Test
    void comparisonsAreRead() {
        assertThat(Comparisons.in("Peak reads are 3,250 req/s, below the 500 req/s from which a cache pays"))
                .singleElement()
                .satisfies(c -> assertThat(c.holds()).isFalse());
        assertThat(Comparisons.in("reads (1,200 peak reads = 1,250 req/s) exceed what one node serves (1,000/s)"))
                .singleElement()
                .satisfies(c -> assertThat(c.holds()).isTrue());
        assertThat(Comparisons.in("REST with OpenAPI 3.1 under /v1; Past ~3 teams; 99.9 % of requests over 30 days"))
                .isEmpty();
    }

    @Test
    void revisitThresholdsAreRead() {
        Design fitness = AllDesigns.examples().stream()
                .filter(n -> n.name().equals("example/fitness"))
                .findFirst()
                .orElseThrow()
                .design();
        Figures figures = new Figures(fitness);
        assertThat(RevisitThresholds.problems("When peak reads pass ~10 req/s, add a cache.", figures))
                .singleElement()
                .asString()
                .startsWith("'peak reads pass ~10 req/s' is already crossed");
        assertThat(RevisitThresholds.problems("When queues pass ~7 deep, add consumers.", figures))
                .singleElement()
                .asString()
                .startsWith("the number ~7 in a revisit threshold is not tied to a figure");
        assertThat(RevisitThresholds.problems("When peak reads pass ~1,000,000 req/s, add a cache.", figures))
                .isEmpty();
    }
}
