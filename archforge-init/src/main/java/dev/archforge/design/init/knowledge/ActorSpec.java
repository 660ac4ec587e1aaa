package dev.archforge.design.init.knowledge;

/**
 * An actor a domain usually has: a role in authorization.
 *
 * @param name lower-case role name ({@code member}); {@code @user} in a capability
 * @param admin staff who may act on every record
 * @param external another system (or a device) calling the API rather than a person
 * @param count how many of them there are; 0 when not known
 */
public record ActorSpec(String name, String description, boolean admin, boolean external, long count) {
    public ActorSpec {
        Shorthand.name("actor", name);
        if (admin && external) {
            throw new IllegalArgumentException("actor '" + name + "' cannot be both admin and external");
        }
        if (count < 0) {
            throw new IllegalArgumentException("actor '" + name + "' count must not be negative, got " + count);
        }
    }

    public ActorSpec(String name, String description, boolean admin, boolean external) {
        this(name, description, admin, external, 0);
    }

    public static ActorSpec of(String name, String description) {
        return new ActorSpec(name, description, false, false);
    }

    public static ActorSpec admin(String description) {
        return new ActorSpec("admin", description, true, false);
    }

    public static ActorSpec external(String name, String description) {
        return new ActorSpec(name, description, false, true);
    }

    public ActorSpec count(long value) {
        return new ActorSpec(name, description, admin, external, value);
    }
}
