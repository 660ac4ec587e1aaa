package dev.archforge.lint.testing.fake.area;

import dev.archforge.lint.RuleInfo;
import dev.archforge.lint.testing.fake.FakeRule;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;

@RuleInfo(
        id = "api-fake-beta",
        title = "Beta",
        severity = Severity.INFO,
        category = Category.STRUCTURE,
        howToFix = "Nothing.")
public final class BetaRule implements FakeRule {
    @Override
    public void check(StringBuilder subject) {
        subject.append("beta");
    }
}
