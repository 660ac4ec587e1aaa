package dev.archforge.design.artifact.docs;

import dev.archforge.design.cost.Footprint;
import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.CacheEntry;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Security;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Topic;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The failure modes of the other stores, the broker and the external providers the design depends on. */
final class ServiceFailureModes {
    private ServiceFailureModes() {}

    static void add(Design design, Footprint f, List<FailureMode> out) {
        if (f.uses(Store.REDIS)) {
            out.add(redis(design));
        }
        if (f.uses(Store.OPENSEARCH)) {
            out.add(new FailureMode(
                    Store.OPENSEARCH.title(),
                    "The search cluster is unreachable or red.",
                    or(
                                    Blast.patterns(design, p -> p.operation() == Operation.SEARCH),
                                    "Searches: ",
                                    "Search endpoints, though no access pattern searches")
                            + "; writes still commit to the database.",
                    Blast.alerts(design, "Fast burn", "Latency"),
                    "Search answers 503 with Retry-After; the index catches up from the database, the source of"
                            + " truth, by replaying changes or reindexing."));
        }
        if (f.uses(Store.OBJECT_STORAGE)) {
            List<String> files = design.requirements().entities().stream()
                    .filter(e ->
                            e.fields().stream().anyMatch(x -> x.type() == FieldType.URL || x.type() == FieldType.BYTES))
                    .map(e -> Markdown.code(e.name()))
                    .toList();
            out.add(new FailureMode(
                    Store.OBJECT_STORAGE.title(),
                    "Uploads and downloads through presigned URLs fail.",
                    "Files" + (files.isEmpty() ? "" : " of " + Text.and(files)) + "; the rest of the API keeps working,"
                            + " as the database holds only keys and metadata.",
                    Blast.alerts(design, "Fast burn") + ", and the provider's status page",
                    "Clients retry uploads with the same key; metadata is written once the upload is confirmed, so"
                            + " no row points at a missing file."));
        }
        design.architecture().messaging().ifPresent(m -> out.add(broker(design, m)));
        identity(design).ifPresent(out::add);
        if (design.requirements().has(Feature.PAYMENTS)) {
            out.add(payments(design));
        }
        if (design.requirements().has(Feature.NOTIFICATIONS)) {
            out.add(notifications(design));
        }
    }

    private static FailureMode redis(Design design) {
        List<String> lost = new ArrayList<>();
        List<String> cached = design.architecture().cache().stream()
                .map(CacheEntry::what)
                .map(Text::lowerFirst)
                .toList();
        if (!cached.isEmpty()) {
            lost.add("cached reads of " + Text.and(cached) + " go to the database instead");
        }
        if (design.requirements().has(Feature.REALTIME)) {
            lost.add("realtime messages stop reaching clients connected to other instances (pub/sub fan-out)");
        }
        boolean counters = design.decisions().stream()
                .anyMatch(d -> d.id().equals("rate-limiting") && d.choice().contains("Redis"));
        if (counters) {
            lost.add("rate-limit counters fall back to each instance");
        }
        return new FailureMode(
                Store.REDIS.title(),
                "Redis is unreachable, restarts empty or evicts under memory pressure.",
                lost.isEmpty() ? "Nothing the requests need." : Text.sentence(Text.upperFirst(String.join("; ", lost))),
                Blast.alerts(design, "Cache memory", "Latency"),
                (cached.isEmpty()
                                ? ""
                                : "Cache-aside: a cache error counts as a miss, so the API keeps answering,"
                                        + " slower, and the cache refills as keys are read. ")
                        + "The platform restarts Redis; nothing in it is the only copy of any data.");
    }

    private static FailureMode broker(Design design, Messaging m) {
        List<String> topics = new ArrayList<>();
        for (Topic t : m.topics()) {
            topics.add(Markdown.code(t.name()) + " (to " + Text.and(t.consumers()) + ")");
        }
        return new FailureMode(
                m.broker().title(),
                m.broker() == Broker.POSTGRES_QUEUE
                        ? "The job-queue workers stop or fall behind."
                        : "The broker is unreachable, or consumers stop.",
                (topics.isEmpty() ? "No topic yet" : "Events " + Text.and(topics) + " are delayed")
                        + (m.outbox() ? "; the writes that raise them still commit." : "."),
                Blast.alerts(design, "Consumer lag")
                        + (m.topics().isEmpty()
                                ? ""
                                : ", and the *Dead letters* alerts of its "
                                        + Text.count(m.topics().size(), "queue")),
                (m.outbox() ? "The transactional outbox keeps events in the database until the broker is back. " : "")
                        + "Consumers are idempotent; a message that fails "
                        + m.topics().stream().mapToInt(Topic::maxAttempts).max().orElse(0)
                        + " deliveries goes to its dead-letter queue for replay after the fix.");
    }

    private static Optional<FailureMode> identity(Design design) {
        Security s = design.architecture().security();
        if (s.method() != AuthMethod.OIDC_JWT) {
            return Optional.empty();
        }
        List<String> people = design.requirements().actors().stream()
                .filter(a -> !a.external() && s.roles().contains(a.name()))
                .map(Actor::name)
                .toList();
        List<String> machines = design.requirements().actors().stream()
                .filter(a -> a.external() && s.roles().contains(a.name()))
                .map(Actor::name)
                .toList();
        return Optional.of(new FailureMode(
                "Identity provider",
                "Sign-in and token refresh fail at the OIDC provider.",
                "New sign-ins and refreshes of " + (people.isEmpty() ? "every role" : Text.and(people))
                        + "; signed-in callers keep working until their access token expires (up to "
                        + s.accessTokenMinutes() + " minutes)"
                        + (machines.isEmpty()
                                ? "."
                                : ". " + Text.and(machines) + " (API keys) " + (machines.size() == 1 ? "is" : "are")
                                        + " unaffected."),
                "No alert in operations.md: failed sign-ins are 401s, not 5xx, so the burn-rate alerts miss them;"
                        + " watch the rate of failed sign-ins and the provider's status page",
                "Tokens are verified locally against cached signing keys, so the API itself stays up; clients retry"
                        + " refreshes with backoff. If an outage costs more than the error budget, add a second"
                        + " provider."));
    }

    private static FailureMode payments(Design design) {
        return new FailureMode(
                "Payment provider",
                "Charges time out or are declined by the provider's outage.",
                or(
                                Blast.patterns(design, p -> named(p.entity(), "payment", "order")),
                                "Payments and orders: ",
                                "Payment and checkout endpoints, though no access pattern reads or writes payments or"
                                        + " orders")
                        + "; the rest of the API keeps working.",
                Blast.alerts(design, "Fast burn", "Latency") + ", and the provider's status page",
                "Every charge carries an idempotency key, the order stays pending and the provider's webhooks"
                        + " reconcile it; retries never charge twice.");
    }

    private static FailureMode notifications(Design design) {
        List<String> dlqs = design.architecture().messaging().map(Messaging::topics).orElse(List.of()).stream()
                .filter(t -> t.consumers().contains("notifications"))
                .map(Topic::deadLetter)
                .toList();
        return new FailureMode(
                "Push and e-mail providers",
                "APNs, FCM or the e-mail service rejects or delays messages.",
                "Notifications only: the writes that trigger them succeed, the messages arrive late or not at all.",
                dlqs.isEmpty()
                        ? Blast.alerts(design, "Consumer lag")
                        : Blast.alerts(
                                design,
                                dlqs.stream().map(q -> "Dead letters: " + q).toArray(String[]::new)),
                "The notifications consumer retries with backoff; failed messages wait in the dead-letter queue and"
                        + " are replayed once the provider is back.");
    }

    /** {@code prefix + patterns}, or {@code none} when no pattern matched. */
    private static String or(String patterns, String prefix, String none) {
        return patterns.equals(Blast.NONE) ? none : prefix + patterns;
    }

    private static boolean named(String entity, String... words) {
        String lower = entity.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
