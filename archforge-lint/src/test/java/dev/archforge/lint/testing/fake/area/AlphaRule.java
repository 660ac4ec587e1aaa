package dev.archforge.lint.testing.fake.area;

import dev.archforge.lint.RuleInfo;
import dev.archforge.lint.testing.fake.FakeRule;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;

@RuleInfo(
        id = "api-fake-alpha",
        title = "Alpha",
        severity = Severity.WARNING,
        category = Category.STRUCTURE,
        howToFix = "Nothing.")
public final class AlphaRule implements FakeRule {
    @Override
    public void check(StringBuilder subject) {
        subject.append("alpha");
    }
}
