package dev.archforge.openapi;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleRunner;
import dev.archforge.lint.RunResult;
import dev.archforge.openapi.catalog.OpenApiRules;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.openapi.load.OpenApiLoader;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.Limits;
import dev.archforge.source.SourceText;
import java.nio.file.Path;

/** Loads one API description and runs the API rules on it. */
public final class OpenApiReviewer {
    private final OpenApiLoader loader;

    public OpenApiReviewer(Limits limits) {
        this.loader = new OpenApiLoader(limits);
    }

    /**
     * Reviews one file, following its {@code $ref}s as far as the configuration's {@code ref-root};
     * throws {@link dev.archforge.model.InvalidInputException} when it cannot be read.
     */
    public RunResult review(Path path, String displayName, InputKind kind, Config config) {
        ApiDocument api = loader.load(path, displayName, kind, config.refRoot());
        return review(api, config);
    }

    /** Reviews a description held in memory; throws {@link dev.archforge.model.InvalidInputException} when it cannot be read. */
    public RunResult review(SourceText text, InputKind kind, Config config) {
        return review(loader.load(text, kind), config);
    }

    public RunResult review(ApiDocument api, Config config) {
        return RuleRunner.run(api, api.file(), OpenApiRules.registered(api.isEndpointList()), config);
    }
}
