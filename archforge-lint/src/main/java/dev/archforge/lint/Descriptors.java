package dev.archforge.lint;

import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.RuleOption;
import java.util.Arrays;
import java.util.List;

/** Turns a rule class's {@link RuleInfo} into a {@link RuleDescriptor}. */
public final class Descriptors {
    private Descriptors() {}

    public static RuleDescriptor of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
        }
        List<RuleOption> options = Arrays.stream(info.options())
                .map(o -> new RuleOption(o.name(), o.defaultValue(), o.description()))
                .toList();
        return new RuleDescriptor(
                info.id(),
                info.title(),
                info.severity(),
                info.category(),
                info.since(),
                List.of(info.tags()),
                options,
                info.howToFix());
    }
}
