package dev.archforge.openapi.rules.errors;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The errors rules, sorted by id. */
public final class ErrorRules {
    public static final List<ApiRule> ALL = List.of(
            new BadRequestMissingRule(),
            new ConflictMissingRule(),
            new ErrorNotProblemDetailsRule(),
            new ErrorResponseWithoutSchemaRule(),
            new ErrorSchemaInconsistentRule(),
            new ForbiddenMissingRule(),
            new NotFoundMissingRule(),
            new RateLimitHeadersMissingRule(),
            new StatusCodeUnusualRule(),
            new TooManyRequestsMissingRule(),
            new UnauthorizedMissingRule());

    private ErrorRules() {}
}
