package dev.archforge.lint.testing.clash;

import dev.archforge.lint.RuleInfo;
import dev.archforge.lint.testing.fake.FakeRule;
import dev.archforge.lint.testing.fake.area.AlphaRule;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;

/** A second rule with the id of {@link AlphaRule}: a registry must refuse the pair. */
@RuleInfo(
        id = "api-fake-alpha",
        title = "Alpha again",
        severity = Severity.INFO,
        category = Category.STRUCTURE,
        howToFix = "Nothing.")
public final class AlphaAgainRule implements FakeRule {
    @Override
    public void check(StringBuilder subject) {
        subject.append("alpha again");
    }
}
