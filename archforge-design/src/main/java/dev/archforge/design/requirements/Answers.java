package dev.archforge.design.requirements;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Reads the answers of a section whose every key has a default ({@code scale}, {@code team},
 * {@code constraints}): a missing key takes its default and is recorded as an assumption
 * ({@code scale.peak-factor}); a wrong one is reported and read as its default so reading goes on.
 */
final class Answers {
    private final Section section;
    private final Set<String> assumed;

    private Answers(Section section, Set<String> assumed) {
        this.section = section;
        this.assumed = assumed;
    }

    /** The answers under {@code section} of the top section, all missing when it is left out. */
    static Answers of(Section top, RequirementKey section, Set<String> assumed) {
        Section s =
                Section.optional(top, section).orElseGet(() -> Section.absent(section, top.where(), top.problems()));
        return new Answers(s, assumed);
    }

    Section section() {
        return section;
    }

    boolean given(RequirementKey key) {
        return section.has(key);
    }

    /** Records {@code key} as assumed when it is missing; true when it is given. */
    boolean assumeUnlessGiven(RequirementKey key) {
        if (given(key)) {
            return true;
        }
        assumed.add(key.path());
        return false;
    }

    long whole(RequirementKey key, long min, long max, long fallback) {
        return assumeUnlessGiven(key) ? section.whole(key, min, max).orElse(fallback) : fallback;
    }

    double number(RequirementKey key, double min, double max, double fallback) {
        return assumeUnlessGiven(key)
                ? section.number(key, dec(min), dec(max))
                        .map(BigDecimal::doubleValue)
                        .orElse(fallback)
                : fallback;
    }

    double positive(RequirementKey key, double max, double fallback) {
        return assumeUnlessGiven(key)
                ? section.positive(key, dec(max)).map(BigDecimal::doubleValue).orElse(fallback)
                : fallback;
    }

    private static BigDecimal dec(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros();
    }

    String choice(RequirementKey key, List<String> allowed, String fallback) {
        return assumeUnlessGiven(key) ? section.choice(key, allowed).orElse(fallback) : fallback;
    }

    List<Text> texts(RequirementKey key) {
        return assumeUnlessGiven(key) ? section.texts(key).orElse(List.of()) : List.of();
    }
}
