package dev.archforge.design.artifact.docs;

import static dev.archforge.design.artifact.docs.DecisionsJson.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.CacheEntry;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.IndexPlan;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.RateLimit;
import dev.archforge.design.plan.Recovery;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Security;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Topic;
import java.io.IOException;

/** The typed {@link Architecture} as a JSON object, field by field in record order. */
final class ArchitectureJson {
    private ArchitectureJson() {}

    static void write(Architecture a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("style", Text.id(a.style()));
        g.writeArrayFieldStart("components");
        for (Component c : a.components()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("description", c.description());
            strings(g, "entities", c.entities());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stores");
        for (Store s : a.stores()) {
            g.writeStartObject();
            g.writeStringField("id", Text.id(s));
            g.writeStringField("title", s.title());
            g.writeStringField("image", s.image());
            g.writeNumberField("port", s.port());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("messaging");
        if (a.messaging().isPresent()) {
            messaging(a.messaging().get(), g);
        } else {
            g.writeNull();
        }
        security(a.security(), g);
        g.writeArrayFieldStart("indexes");
        for (IndexPlan i : a.indexes()) {
            g.writeStartObject();
            g.writeStringField("entity", i.entity());
            strings(g, "columns", i.columns());
            g.writeBooleanField("unique", i.unique());
            g.writeStringField("reason", i.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cache");
        for (CacheEntry c : a.cache()) {
            g.writeStartObject();
            g.writeStringField("what", c.what());
            g.writeStringField("keyPattern", c.keyPattern());
            g.writeStringField("pattern", c.pattern());
            g.writeNumberField("ttlSeconds", c.ttlSeconds());
            g.writeStringField("invalidation", c.invalidation());
            g.writeNumberField("keys", c.keys());
            g.writeNumberField("valueBytes", c.valueBytes());
            g.writeEndObject();
        }
        g.writeEndArray();
        RateLimit r = a.rateLimit();
        g.writeObjectFieldStart("rateLimit");
        g.writeNumberField("perUserPerMinute", r.perUserPerMinute());
        g.writeNumberField("burst", r.burst());
        g.writeNumberField("anonymousPerMinute", r.anonymousPerMinute());
        g.writeEndObject();
        Deployment d = a.deployment();
        g.writeObjectFieldStart("deployment");
        g.writeStringField("platform", Text.id(d.platform()));
        g.writeArrayFieldStart("replicas");
        for (Replicas range : d.replicas()) {
            g.writeStartObject();
            g.writeStringField("deployable", range.deployable());
            g.writeNumberField("min", range.min());
            g.writeNumberField("max", range.max());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("zones", d.zones());
        g.writeNumberField("regions", d.regions());
        g.writeEndObject();
        Recovery rec = a.recovery();
        g.writeObjectFieldStart("recovery");
        g.writeStringField("strategy", rec.strategy());
        g.writeNumberField("rpoMinutes", rec.rpoMinutes());
        g.writeNumberField("rtoMinutes", rec.rtoMinutes());
        g.writeNumberField("retentionDays", rec.retentionDays());
        g.writeBooleanField("crossRegion", rec.crossRegion());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void messaging(Messaging m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("broker", Text.id(m.broker()));
        g.writeBooleanField("outbox", m.outbox());
        g.writeArrayFieldStart("topics");
        for (Topic t : m.topics()) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            g.writeStringField("event", t.event());
            g.writeStringField("producer", t.producer());
            strings(g, "consumers", t.consumers());
            g.writeNumberField("partitions", t.partitions());
            g.writeNumberField("maxAttempts", t.maxAttempts());
            g.writeStringField("deadLetter", t.deadLetter());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void security(Security s, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("security");
        g.writeStringField("method", Text.id(s.method()));
        g.writeNumberField("accessTokenMinutes", s.accessTokenMinutes());
        g.writeNumberField("refreshTokenDays", s.refreshTokenDays());
        strings(g, "roles", s.roles());
        g.writeBooleanField("ownership", s.ownership());
        g.writeBooleanField("tenantIsolation", s.tenantIsolation());
        g.writeBooleanField("mfaForAdmins", s.mfaForAdmins());
        g.writeEndObject();
    }
}
