package dev.archforge.design.plan;

/** How callers prove who they are. */
public enum AuthMethod {
    /** An external OpenID Connect provider issues short-lived JWT access tokens; the API validates them. */
    OIDC_JWT,
    /** Server-side sessions in a cookie, for a single first-party web client. */
    SESSION_COOKIE,
    /** Static API keys, for machine clients only. */
    API_KEY
}
