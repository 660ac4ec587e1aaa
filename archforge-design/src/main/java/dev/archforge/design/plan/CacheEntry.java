package dev.archforge.design.plan;

/**
 * One thing the design caches.
 *
 * @param pattern {@code cache-aside}, {@code write-through} or {@code read-through}
 * @param invalidation when the entry is dropped besides its TTL
 * @param keys how many keys at steady state; {@code valueBytes} the size of one value
 */
public record CacheEntry(
        String what,
        String keyPattern,
        String pattern,
        int ttlSeconds,
        String invalidation,
        long keys,
        int valueBytes) {}
