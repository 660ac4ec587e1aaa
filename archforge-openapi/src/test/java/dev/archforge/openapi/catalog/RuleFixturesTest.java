package dev.archforge.openapi.catalog;

import dev.archforge.lint.Config;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRegistry;
import dev.archforge.lint.testing.AbstractRuleFixtureTest;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.openapi.load.OpenApiLoader;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.Limits;
import java.nio.file.Path;
import java.util.List;

/**
 * The API rule fixtures ({@code # expect:} markers in YAML, JSON and endpoint lists), each loaded as
 * the review loads it; on an endpoint list only the rules that need just paths run.
 */
class RuleFixturesTest extends AbstractRuleFixtureTest<ApiDocument> {
    @Override
    protected RuleRegistry<?> registry() {
        return OpenApiRules.registry();
    }

    @Override
    protected String commentStart() {
        return "#";
    }

    @Override
    protected ApiDocument read(Path file, RuleDescriptor rule, Config config) {
        return new OpenApiLoader(Limits.DEFAULT).load(file, file.getFileName().toString(), InputKind.AUTO);
    }

    @Override
    protected String fileOf(ApiDocument api) {
        return api.file();
    }

    @Override
    protected List<RegisteredRule<ApiDocument>> registered(ApiDocument api, RuleDescriptor rule) {
        return OpenApiRules.registered(api.isEndpointList());
    }
}
