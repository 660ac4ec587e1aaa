package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Security;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The role × endpoint matrix: for every entity's five operations, which records each role reaches.
 * Deny by default. Admin roles reach all records (their tenant's, with tenant isolation); the owning
 * role of an owned entity reaches its own records; other roles reach what their access patterns
 * say they read or write, and for entities with a {@code published} state only published records.
 */
public final class AccessMatrix {
    static final List<String> OPERATIONS = List.of("list", "create", "read", "update", "delete");

    /** One endpoint and the scope of every role, in role order. */
    public record Row(Endpoint endpoint, Map<String, Scope> scopes) {
        public Row {
            scopes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        }
    }

    private AccessMatrix() {}

    /** The endpoints of an entity, in list, create, read, update, delete order. */
    public static List<Endpoint> endpoints(Entity entity) {
        String collection = "/" + Names.collection(entity.name());
        String item = collection + "/{id}";
        return List.of(
                new Endpoint("GET", collection, "list", entity.name()),
                new Endpoint("POST", collection, "create", entity.name()),
                new Endpoint("GET", item, "read", entity.name()),
                new Endpoint("PATCH", item, "update", entity.name()),
                new Endpoint("DELETE", item, "delete", entity.name()));
    }

    /** The roles, as the design's security names them (falling back to the actors). */
    public static List<Actor> roles(Design design) {
        List<Actor> roles = new ArrayList<>();
        for (String name : design.architecture().security().roles()) {
            design.requirements().actor(name).ifPresent(roles::add);
        }
        return roles.isEmpty() ? design.requirements().actors() : List.copyOf(roles);
    }

    public static List<Row> of(Design design) {
        List<Row> rows = new ArrayList<>();
        List<Actor> roles = roles(design);
        for (Entity e : design.requirements().entities()) {
            for (Endpoint endpoint : endpoints(e)) {
                Map<String, Scope> scopes = new LinkedHashMap<>();
                for (Actor role : roles) {
                    scopes.put(role.name(), scope(design, e, endpoint.operation(), role));
                }
                rows.add(new Row(endpoint, scopes));
            }
        }
        return List.copyOf(rows);
    }

    static Scope scope(Design design, Entity e, String operation, Actor role) {
        Security security = design.architecture().security();
        Scope everything = security.tenantIsolation() ? Scope.TENANT : Scope.ALL;
        if (role.admin()) {
            return everything;
        }
        if (e.account()) {
            return operation.equals("list") ? Scope.NONE : Scope.OWN;
        }
        if (e.owner().isPresent() && owns(design, e, role)) {
            return security.ownership() ? Scope.OWN : everything;
        }
        if (!granted(design, e, operation, role)) {
            return Scope.NONE;
        }
        boolean read = operation.equals("list") || operation.equals("read");
        return read && e.states().contains("published") ? Scope.PUBLISHED : everything;
    }

    /** The owning role is the actor named like the owner relation; without one, every non-admin role owns. */
    private static boolean owns(Design design, Entity e, Actor role) {
        Optional<String> owner = e.owner();
        if (owner.isEmpty()) {
            return false;
        }
        boolean named = design.requirements().actor(owner.get()).isPresent();
        return !named || owner.get().equals(role.name());
    }

    private static boolean granted(Design design, Entity e, String operation, Actor role) {
        for (AccessPattern p : design.requirements().accessPatterns()) {
            if (p.actor().equals(role.name()) && p.entity().equals(e.name()) && covers(p.operation(), operation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(AccessPattern.Operation op, String operation) {
        return switch (op) {
            case LIST, SEARCH -> operation.equals("list") || operation.equals("read");
            case READ -> operation.equals("read");
            case CREATE -> operation.equals("create");
            case UPDATE -> operation.equals("update");
            case DELETE -> operation.equals("delete");
        };
    }
}
