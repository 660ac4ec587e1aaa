package dev.archforge.design.artifact.openapi;

import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Security;
import dev.archforge.design.requirements.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The security scheme chosen by {@code Security.method} and the requirement of each operation.
 * With OpenID Connect the API is an OAuth2 resource server: one scope per resource and access
 * ({@code workouts:read}, {@code workouts:write}), each granted to the roles named in its
 * description, plus {@code admin} for operations only staff may call. Session and API-key schemes
 * list the roles allowed instead (OpenAPI 3.1 allows roles on any scheme).
 */
final class Access {
    static final String ADMIN_SCOPE = "admin";
    /** The scheme machine actors authenticate with. */
    static final String API_KEY = "apiKey";

    private final Design design;
    private final String scheme;
    private final Obj scopes = Obj.of();

    Access(Design design) {
        this.design = design;
        this.scheme = switch (design.architecture().security().method()) {
            case OIDC_JWT -> "oauth2";
            case SESSION_COOKIE -> "session";
            case API_KEY -> "apiKey";
        };
    }

    private boolean oauth() {
        return design.architecture().security().method() == AuthMethod.OIDC_JWT;
    }

    /** Declares a scope (once; later calls with the same name are ignored), in the order first used. */
    void scope(String name, String description) {
        if (!scopes.map().containsKey(name)) {
            scopes.put(name, description);
        }
    }

    /**
     * The security requirement: the scopes (OAuth2) or the roles allowed (other schemes) for people,
     * and, as an alternative, an API key for the machine actors among {@code roles}, which
     * authenticate with keys as the authentication decision says.
     */
    List<Object> requirement(List<String> scopeNames, List<String> roles) {
        List<String> machines = roles.stream().filter(this::machine).toList();
        List<String> people = roles.stream().filter(r -> !machine(r)).toList();
        if (method() == AuthMethod.API_KEY || machines.isEmpty()) {
            return List.of(Obj.of().put(scheme, oauth() ? scopeNames : roles).map());
        }
        List<Object> out = new ArrayList<>();
        if (!people.isEmpty()) {
            out.add(Obj.of().put(scheme, oauth() ? scopeNames : people).map());
        }
        out.add(Obj.of().put(API_KEY, machines).map());
        return out;
    }

    private boolean machine(String role) {
        return design.requirements().actor(role).filter(Actor::external).isPresent();
    }

    private AuthMethod method() {
        return design.architecture().security().method();
    }

    /** Authorization code with PKCE: people sign in; machines use API keys, not tokens. */
    private Map<String, Object> flows(String base) {
        return Obj.of()
                .put(
                        "authorizationCode",
                        Obj.of()
                                .put("authorizationUrl", base + "authorize")
                                .put("tokenUrl", base + "token")
                                .put("refreshUrl", base + "token")
                                .put("scopes", scopes.map())
                                .map())
                .map();
    }

    Map<String, Object> schemes() {
        Security s = design.architecture().security();
        String system = design.requirements().system().name();
        Obj out = Obj.of();
        switch (s.method()) {
            case OIDC_JWT -> {
                String base = "https://auth." + system + ".example/oauth2/";
                out.put(
                        scheme,
                        Obj.of()
                                .put("type", "oauth2")
                                .put(
                                        "description",
                                        "Tokens from the OpenID Connect provider: JWT access tokens valid "
                                                + s.accessTokenMinutes()
                                                + " minutes, sent as Authorization: Bearer; refresh tokens"
                                                + " valid " + s.refreshTokenDays()
                                                + " days. Public clients use the authorization"
                                                + " code flow with PKCE.")
                                .put("flows", flows(base))
                                .map());
            }
            case SESSION_COOKIE ->
                out.put(
                        scheme,
                        Obj.of()
                                .put("type", "apiKey")
                                .put("in", "cookie")
                                .put("name", "session")
                                .put(
                                        "description",
                                        "A server-side session, in a Secure, HttpOnly, SameSite=Lax cookie.")
                                .map());
            case API_KEY -> {}
        }
        boolean machines = design.requirements().actors().stream().anyMatch(Actor::external);
        if (machines || s.method() == AuthMethod.API_KEY) {
            out.put(
                    API_KEY,
                    Obj.of()
                            .put("type", "apiKey")
                            .put("in", "header")
                            .put("name", "X-API-Key")
                            .put(
                                    "description",
                                    "A key issued to one machine client ("
                                            + String.join(
                                                    ", ",
                                                    design.requirements().actors().stream()
                                                            .filter(Actor::external)
                                                            .map(Actor::name)
                                                            .toList())
                                            + "), stored hashed; rotate it without downtime by allowing two at once.")
                            .map());
        }
        return out.map();
    }
}
