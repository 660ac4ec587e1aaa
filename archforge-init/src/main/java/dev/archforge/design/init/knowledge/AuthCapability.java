package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Sign-up and sign-in: accounts with credentials, the first target of attacks. */
final class AuthCapability {
    private AuthCapability() {}

    static Capability capability() {
        return new Capability(
                "auth",
                List.of(
                        "authentication",
                        "auth",
                        "login",
                        "log in",
                        "sign in",
                        "sign-in",
                        "signup",
                        "sign up",
                        "account",
                        "password",
                        "oauth",
                        "sso",
                        "single sign-on"),
                Parts.none()
                        .features(Feature.AUTH)
                        .entities(Accounts.user())
                        .risks("Sign-in is the first target of credential stuffing: rate-limit it per account and"
                                + " per address, and hash passwords with Argon2id or bcrypt."));
    }
}
