package dev.archforge.design.plan;

import java.util.List;

/**
 * How other systems and devices call the API.
 *
 * @param consumers one entry per external actor, in requirements order
 * @param webhookEvents the events pushed to integrators as signed webhooks; empty for none
 * @param deprecationMonths notice given between announcing a breaking version and its Sunset date
 */
public record ApiConsumers(List<Consumer> consumers, List<String> webhookEvents, int deprecationMonths) {
    public ApiConsumers {
        consumers = List.copyOf(consumers);
        webhookEvents = List.copyOf(webhookEvents);
    }

    /** True when some consumer holds API keys: the schema keeps a table of hashed, prefixed keys. */
    public boolean apiKeys() {
        return consumers.stream().anyMatch(c -> c.credential() == Credential.API_KEY);
    }

    /**
     * One kind of caller.
     *
     * @param actor the actor name from the requirements
     * @param requestsPerMinute the quota of one credential
     */
    public record Consumer(String actor, Credential credential, int requestsPerMinute) {}

    /** What a caller presents. */
    public enum Credential {
        /** A random key shown once, stored as a hash with a visible prefix, rotatable and revocable. */
        API_KEY,
        /** OAuth 2.0 client credentials: short-lived tokens for a registered client id and secret. */
        OAUTH_CLIENT_CREDENTIALS,
        /** An X.509 certificate per device, presented in mutual TLS. */
        DEVICE_CERTIFICATE,
        /** Callbacks the sender signs (HMAC) with a shared secret; the API verifies the signature. */
        SIGNED_CALLBACK
    }
}
