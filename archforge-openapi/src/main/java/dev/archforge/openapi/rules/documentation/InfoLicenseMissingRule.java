package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;

/** Without a license, nobody outside the owner knows whether they may use or copy the API description. */
@RuleInfo(
        id = "api-info-license-missing",
        title = "API has no license",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Add info.license with a name (and a url or, in 3.1, an SPDX identifier).")
public final class InfoLicenseMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        if (!InfoFields.hasText(InfoFields.info(context.api()).flatMap(i -> i.object("license")), "name")) {
            context.report(InfoFields.anchor(context.api()), "info has no license");
        }
    }
}
