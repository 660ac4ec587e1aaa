package dev.archforge.design.plan;

/** Limits applied at the gateway; the API advertises them with RateLimit headers and 429. */
public record RateLimit(int perUserPerMinute, int burst, int anonymousPerMinute) {}
