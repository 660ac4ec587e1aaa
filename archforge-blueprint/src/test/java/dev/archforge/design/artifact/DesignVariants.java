package dev.archforge.design.artifact;

import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Security;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.SampleDesigns;
import dev.archforge.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Variations of the fitness sample that exercise what it lacks: tenant isolation, a many-to-many
 * relation, soft delete, a unique natural key, two tables that refer to each other, every field
 * type, money, and other authentication methods.
 */
public final class DesignVariants {
    private static final Location AT = Location.at("variant.yaml", 1, 1);

    private DesignVariants() {}

    /**
     * Fitness as a multi-tenant system; plans are soft-deleted and tagged (Plan many-to-many Tag) with
     * an optional primary tag, and a soft-deleted tag has a unique slug and an optional featured plan
     * (so plans and tags refer to each other); members search plans and a partner system is an actor.
     */
    public static Design multiTenantFitness() {
        Design base = SampleDesigns.fitness();
        Requirements r = base.requirements();
        List<Entity> entities = new ArrayList<>();
        for (Entity e : r.entities()) {
            if (e.name().equals("Plan")) {
                List<Relation> relations = new ArrayList<>(e.relations());
                relations.add(new Relation(RelationKind.MANY_TO_MANY, "Tag", "tags", false, AT));
                relations.add(new Relation(RelationKind.BELONGS_TO, "Tag", "primary_tag", true, AT));
                entities.add(new Entity(
                        e.name(),
                        e.description(),
                        e.fields(),
                        relations,
                        e.owner(),
                        e.states(),
                        true,
                        e.account(),
                        e.growthPerUserPerMonth(),
                        e.location()));
            } else {
                entities.add(e);
            }
        }
        entities.add(new Entity(
                "Tag",
                "A label coaches put on plans.",
                List.of(
                        new Field("slug", FieldType.STRING, OptionalInt.of(40), List.of(), true, true, false, AT),
                        new Field("label", FieldType.STRING, OptionalInt.of(80), List.of(), true, false, false, AT)),
                List.of(new Relation(RelationKind.BELONGS_TO, "Plan", "featured_plan", true, AT)),
                Optional.empty(),
                List.of(),
                true,
                false,
                0,
                AT));
        List<AccessPattern> patterns = new ArrayList<>(r.accessPatterns());
        patterns.add(new AccessPattern(
                "search-plans",
                "member",
                Operation.SEARCH,
                "Plan",
                List.of("level"),
                Optional.empty(),
                false,
                1,
                0,
                AT));
        List<Actor> actors = new ArrayList<>(r.actors());
        actors.add(new Actor("partner", "A gym's system that reads plans for its members.", false, true, AT));
        return with(
                base, actors, entities, patterns, base.architecture().security().method(), true);
    }

    /**
     * Fitness with sessions instead of OpenID Connect and a {@code Payment} a member makes for a coach's
     * plan: a field of every type, money, and a required reference to a record someone else owns.
     */
    public static Design payments() {
        Design base = SampleDesigns.fitness();
        List<Entity> entities = new ArrayList<>(base.requirements().entities());
        List<Field> fields = new ArrayList<>();
        for (FieldType type : FieldType.values()) {
            String name = type.id() + "_value";
            fields.add(new Field(
                    name,
                    type,
                    OptionalInt.empty(),
                    type == FieldType.ENUM ? List.of("card", "transfer") : List.of(),
                    type == FieldType.MONEY,
                    type == FieldType.UUID,
                    false,
                    AT));
        }
        entities.add(new Entity(
                "Payment",
                "",
                fields,
                List.of(
                        new Relation(RelationKind.BELONGS_TO, "User", "member", false, AT),
                        new Relation(RelationKind.BELONGS_TO, "Plan", "plan", false, AT)),
                Optional.of("member"),
                List.of("pending", "settled", "refunded"),
                false,
                false,
                1,
                AT));
        List<AccessPattern> patterns = new ArrayList<>(base.requirements().accessPatterns());
        patterns.add(new AccessPattern(
                "pay-for-plan", "member", Operation.CREATE, "Payment", List.of(), Optional.empty(), false, 0.1, 0, AT));
        return with(base, base.requirements().actors(), entities, patterns, AuthMethod.SESSION_COOKIE, false);
    }

    private static Design with(
            Design base,
            List<Actor> actors,
            List<Entity> entities,
            List<AccessPattern> patterns,
            AuthMethod method,
            boolean tenants) {
        Requirements r = base.requirements();
        Requirements requirements = new Requirements(
                r.file(),
                r.system(),
                r.features(),
                actors,
                entities,
                patterns,
                r.events(),
                r.scale(),
                r.team(),
                r.constraints(),
                r.assumptions());
        Architecture a = base.architecture();
        Security s = a.security();
        Architecture architecture = new Architecture(
                a.style(),
                a.components(),
                a.stores(),
                a.messaging(),
                new Security(
                        method,
                        s.accessTokenMinutes(),
                        s.refreshTokenDays(),
                        s.roles(),
                        s.ownership(),
                        tenants,
                        s.mfaForAdmins()),
                a.indexes(),
                a.cache(),
                a.rateLimit(),
                a.deployment(),
                a.recovery());
        return new Design(
                requirements, base.decisions(), architecture, base.capacity(), base.warnings(), base.questions());
    }
}
