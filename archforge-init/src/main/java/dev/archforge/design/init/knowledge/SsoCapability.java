package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Customers' users sign in through their own identity provider: one OIDC or SAML connection each. */
final class SsoCapability {
    private SsoCapability() {}

    static Capability capability() {
        return new Capability(
                "sso",
                List.of(
                        "sso",
                        "single sign-on",
                        "single sign on",
                        "saml",
                        "oidc",
                        "openid connect",
                        "okta",
                        "azure ad",
                        "entra id",
                        "active directory",
                        "scim",
                        "identity provider"),
                Parts.none()
                        .features(Feature.SSO)
                        .actors(ActorSpec.admin("Staff who support users and configure sign-in."))
                        .entities(EntitySpec.named("IdentityProvider")
                                .description("A customer's identity provider that its users sign in through.")
                                .fields(
                                        "protocol: enum(oidc, saml) required",
                                        "issuer: url required",
                                        "client_id: string(255)",
                                        "metadata_url: url",
                                        "email_domain: string(255) required unique"))
                        .patterns(
                                PatternSpec.of("connect-identity-provider", "admin", CREATE, "IdentityProvider", 0.01))
                        .risks("SSO per customer: validate SAML signatures and OIDC tokens with a maintained"
                                + " library, match users by verified email domain, and keep a break-glass admin login"
                                + " for when a customer's provider is down."));
    }
}
