package dev.archforge.design.decision;

import dev.archforge.design.capacity.EventRates;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.requirements.Event;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;

/**
 * How notices reach people: never from the request that causes them. A worker behind the queue renders
 * each notice per channel (push, e-mail, SMS), honours preferences, quiet hours and rate limits, and
 * retries through the provider's limits; past a few hundred a second, a dedicated notification service
 * with its own queue and priorities keeps a bulk blast from delaying a login code.
 */
@DecisionInfo(
        id = "notifications",
        area = Area.MESSAGING,
        title = "Notifications",
        reads = {RequirementKey.FEATURES, RequirementKey.EVENTS, RequirementKey.DAILY_ACTIVE_USERS})
public final class NotificationsRule implements DecisionRule {
    /** Notices per second at peak from which they get their own service and priority queues. */
    static final double SERVICE_RATE = 200;

    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.NOTIFICATIONS);
    }

    @Override
    public Choice decide(DesignContext context) {
        double rate = 0;
        for (Event e : context.requirements().events()) {
            if (e.consumers().stream().anyMatch(c -> c.contains("notif"))) {
                rate += EventRates.peak(context.requirements(), context.load(), e)
                        .value();
            }
        }
        rate = Numbers.round(rate);
        Choice choice = Choice.of("")
                .driver(RequirementKey.EVENTS, context.requirements().events().size());
        boolean mobile = Clients.mobile(context.requirements());
        String channels = mobile
                ? "push through APNs/FCM, email through a provider (SES, SendGrid)"
                : "email through a provider (SES, SendGrid), no push: nothing names a mobile app";
        if (rate < SERVICE_RATE) {
            return choice.withChoice("Notification worker on the job queue: " + channels
                            + "; per-user preferences and an in-app inbox; retries with backoff")
                    .because("Notices arrive at about " + Numbers.format(rate) + " a second at peak, below the "
                            + Numbers.format(SERVICE_RATE) + " from which they need their own service: a worker"
                            + " consumes the events, checks preferences, and sends through the providers, so no"
                            + " request waits on them.")
                    .alternative(
                            "Send from the request",
                            "A slow provider would slow the request, and a failure" + " would lose the notice.")
                    .alternative(
                            "A notification platform (OneSignal, Knock)",
                            mobile
                                    ? "Saves the worker but adds a vendor holding the users' device tokens."
                                    : "Saves the worker but adds a vendor holding the users' addresses and"
                                            + " preferences.")
                    .tradeoff(
                            mobile
                                    ? "Device tokens expire: prune them on the providers' invalid-token answers."
                                    : "Email is the only channel that reaches "
                                            + Text.and(context.requirements().actors().stream()
                                                    .map(a -> a.name())
                                                    .toList())
                                            + " away from the app: bounces and spam folders must be watched through"
                                            + " the provider's feedback events.")
                    .revisitWhen("When notices pass ~" + Numbers.format(SERVICE_RATE) + " a second (today "
                            + Numbers.format(rate) + ") or bulk campaigns appear, split a notification service with"
                            + " priority queues.");
        }
        return choice.withChoice("Notification service with priority queues (transactional before bulk): " + channels
                        + ", SMS with a fallback provider; per-user preferences, frequency caps and deduplication keys")
                .because("Notices arrive at about " + Numbers.format(rate) + " a second at peak, above the "
                        + Numbers.format(SERVICE_RATE) + " from which a shared queue lets a bulk campaign delay a"
                        + " login code: separate queues per priority, rate limits per provider, and a"
                        + " deduplication key per notice keep sends exactly once from the user's view.")
                .alternative(
                        "One queue for every notice",
                        "A blast to millions would sit in front of every" + " transactional message.")
                .alternative(
                        "A notification platform (OneSignal, Braze)",
                        "Per-message pricing at this volume" + " and campaign tooling the product may not need.")
                .tradeoff("A service to run, with provider quotas to monitor.")
                .revisitWhen("When providers throttle sends, shard by provider account and region.");
    }
}
