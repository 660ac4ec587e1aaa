package dev.archforge.design.decision;

import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Every decision rule, in the order they run: a rule reads only what rules before it decided (the
 * style before the boundaries, the stores before the cache, the platform before the replicas, the
 * inventory before the workflows that take from it, the replicas before load shedding). No classpath
 * scanning; adding a rule means adding it here, after the rules it reads.
 */
public final class DecisionRules {
    private static final List<DecisionRule> ALL = List.of(
            new ArchitectureStyleRule(),
            new ServiceBoundariesRule(),
            new ApiStyleRule(),
            new AuthenticationRule(),
            new AuthorizationRule(),
            new TenancyRule(),
            new DataStoresRule(),
            new DataModelRule(),
            new IndexesRule(),
            new DataLifecycleRule(),
            new TimeSeriesRule(),
            new LocationRule(),
            new SearchRule(),
            new FileStorageRule(),
            new AnalyticsPipelineRule(),
            new CachingRule(),
            new HttpCachingRule(),
            new MessagingRule(),
            new RealtimeDeliveryRule(),
            new NotificationsRule(),
            new ConsistencyRule(),
            new LedgerRule(),
            new InventoryRule(),
            new WorkflowsRule(),
            new RateLimitingRule(),
            new ApiConsumersRule(),
            new DeploymentPlatformRule(),
            new AvailabilityScalingRule(),
            new LoadSheddingRule(),
            new RegionsRule(),
            new ModelServingRule(),
            new CiCdRule(),
            new ObservabilityRule(),
            new SecurityControlsRule(),
            new ServiceIdentityRule(),
            new BackupRecoveryRule(),
            new PerformanceRule());

    private DecisionRules() {}

    /** The rules in run order. */
    public static List<DecisionRule> all() {
        return ALL;
    }

    /** The metadata of a rule; every registered rule carries it. */
    public static DecisionInfo info(DecisionRule rule) {
        DecisionInfo info = rule.getClass().getAnnotation(DecisionInfo.class);
        if (info == null) {
            throw new IllegalStateException(rule.getClass().getName() + " has no @DecisionInfo");
        }
        return info;
    }

    /** The ids of the decisions that read requirement {@code key}, in run order. */
    public static List<String> affectedBy(String key) {
        List<String> out = new ArrayList<>();
        for (DecisionRule rule : ALL) {
            DecisionInfo info = info(rule);
            for (RequirementKey read : info.reads()) {
                if (read.covers(key) || RequirementKey.covers(key, read.path())) {
                    out.add(info.id());
                    break;
                }
            }
        }
        return List.copyOf(out);
    }
}
