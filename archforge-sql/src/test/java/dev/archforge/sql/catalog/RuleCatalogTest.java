package dev.archforge.sql.catalog;

import dev.archforge.lint.RuleRegistry;
import dev.archforge.lint.testing.AbstractRuleCatalogTest;
import dev.archforge.sql.rules.SqlRule;

/** The shared catalogue checks over the SQL rules. */
class RuleCatalogTest extends AbstractRuleCatalogTest<SqlRule> {
    @Override
    protected RuleRegistry<SqlRule> registry() {
        return SqlRules.registry();
    }

    @Override
    protected Class<SqlRule> ruleInterface() {
        return SqlRule.class;
    }

    @Override
    protected String idPrefix() {
        return "sql-";
    }

    @Override
    protected String rulesPackage() {
        return "dev.archforge.sql.rules";
    }
}
