package dev.archforge.design.artifact.diagram;

import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.CacheEntry;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Store;
import java.util.Optional;
import java.util.stream.Collectors;

/** How an application uses a store, for the relationship's label. */
final class StoreUse {
    private StoreUse() {}

    static String describe(Design design, Store store, App app) {
        return switch (store) {
            case POSTGRESQL -> relational(design, app);
            case REDIS -> cache(design);
            case OBJECT_STORAGE -> "Stores and reads files";
            case OPENSEARCH -> "Indexes and searches documents";
            case TIMESCALEDB -> "Writes and queries time series";
        };
    }

    static String protocol(Store store) {
        return switch (store) {
            case POSTGRESQL, TIMESCALEDB -> "JDBC";
            case REDIS -> "RESP";
            case OBJECT_STORAGE -> "S3 API";
            case OPENSEARCH -> "HTTPS";
        };
    }

    private static String relational(Design design, App app) {
        String tables = app.entities().stream().map(Names::table).collect(Collectors.joining(", "));
        String text = tables.isEmpty() ? "Reads and writes its tables" : "Reads and writes " + tables;
        Optional<Messaging> messaging = design.architecture().messaging();
        if (messaging.isPresent() && messaging.get().broker() == Broker.POSTGRES_QUEUE) {
            return text + "; outbox and job queue";
        }
        if (messaging.isPresent() && messaging.get().outbox()) {
            return text + "; transactional outbox";
        }
        return text;
    }

    /** "Published plans" → "published plans"; "OIDC keys" stays. */
    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static String cache(Design design) {
        if (design.architecture().cache().isEmpty()) {
            return "Counts rate limits";
        }
        return "Caches "
                + design.architecture().cache().stream()
                        .map(CacheEntry::what)
                        .map(StoreUse::lowerFirst)
                        .collect(Collectors.joining(", "));
    }
}
