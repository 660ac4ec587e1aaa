package dev.archforge.openapi.rules.http;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The http rules, sorted by id. */
public final class HttpRules {
    public static final List<ApiRule> ALL = List.of(
            new AcceptedWithoutStatusRule(),
            new CreateWithout201Rule(),
            new CreatedWithoutLocationRule(),
            new GetWithBodyRule(),
            new IdempotencyKeyMissingRule(),
            new NoContentWithBodyRule(),
            new PutOnCollectionRule(),
            new SuccessResponseMissingRule(),
            new UnsafeGetRule(),
            new UpdateWithoutBodyRule());

    private HttpRules() {}
}
