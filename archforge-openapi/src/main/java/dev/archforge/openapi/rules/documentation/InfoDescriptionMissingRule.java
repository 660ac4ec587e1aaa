package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;

/** The API's description is the first thing a reader sees: what it is for, how to authenticate, limits. */
@RuleInfo(
        id = "api-info-description-missing",
        title = "API has no description",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Add info.description saying what the API is for, how to authenticate and where to get help.")
public final class InfoDescriptionMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        if (!InfoFields.hasText(InfoFields.info(context.api()), "description")) {
            context.report(InfoFields.anchor(context.api()), "info has no description");
        }
    }
}
