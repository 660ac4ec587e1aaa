package dev.archforge.openapi.catalog;

import dev.archforge.lint.RuleRegistry;
import dev.archforge.lint.testing.AbstractRuleCatalogTest;
import dev.archforge.openapi.rules.ApiRule;

/** The shared catalogue checks over the API rules. */
class RuleCatalogTest extends AbstractRuleCatalogTest<ApiRule> {
    @Override
    protected RuleRegistry<ApiRule> registry() {
        return OpenApiRules.registry();
    }

    @Override
    protected Class<ApiRule> ruleInterface() {
        return ApiRule.class;
    }

    @Override
    protected String idPrefix() {
        return "api-";
    }

    @Override
    protected String rulesPackage() {
        return "dev.archforge.openapi.rules";
    }
}
