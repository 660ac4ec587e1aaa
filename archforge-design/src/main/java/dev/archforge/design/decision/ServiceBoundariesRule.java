package dev.archforge.design.decision;

import dev.archforge.design.capacity.Deployable;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Module or service boundaries from the entity graph: the account (with its tenant, profiles and
 * memberships) becomes {@code accounts}; payments, notifications and analytics read models become
 * feature components when those features are wanted; the rest splits into aggregates joined by
 * required relations, each named after its most connected entity.
 */
@DecisionInfo(
        id = "service-boundaries",
        area = Area.ARCHITECTURE,
        title = "Module and service boundaries",
        reads = {RequirementKey.ENTITIES, RequirementKey.FEATURES})
public final class ServiceBoundariesRule implements DecisionRule {
    static final String ACCOUNTS = "accounts";

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Set<String> identity = identity(req);
        List<Entity> accounts = new ArrayList<>();
        List<Entity> payments = new ArrayList<>();
        List<Entity> notifications = new ArrayList<>();
        List<Entity> analytics = new ArrayList<>();
        List<Entity> rest = new ArrayList<>();
        for (Entity e : req.entities()) {
            if (identity.contains(e.name())) {
                accounts.add(e);
            } else if (req.has(Feature.PAYMENTS) && DomainTerms.isPayment(e)) {
                payments.add(e);
            } else if (req.has(Feature.NOTIFICATIONS) && DomainTerms.isNotification(e)) {
                notifications.add(e);
            } else if (req.has(Feature.ANALYTICS) && DomainTerms.isAnalytics(e)) {
                analytics.add(e);
            } else {
                rest.add(e);
            }
        }
        List<Component> components = new ArrayList<>();
        Set<String> taken = new HashSet<>(List.of(ACCOUNTS, "payments", "notifications", "analytics"));
        if (!accounts.isEmpty()) {
            components.add(component(
                    ACCOUNTS,
                    req.has(Feature.MULTI_TENANCY)
                            ? "Sign-up, sign-in, tenants, memberships and roles."
                            : "Sign-up, sign-in, profiles and roles.",
                    accounts));
        }
        for (List<Entity> aggregate : Aggregates.of(rest)) {
            Set<String> names = aggregate.stream().map(Entity::name).collect(Collectors.toSet());
            String name = Names.collection(Aggregates.hub(aggregate, names).name());
            while (!taken.add(name)) {
                name = name + "-core";
            }
            components.add(component(name, "Owns " + list(aggregate) + ".", aggregate));
        }
        if (req.has(Feature.PAYMENTS)) {
            components.add(component(
                    "payments", "Payments through the payment provider: checkout, webhooks, refunds.", payments));
        }
        if (req.has(Feature.NOTIFICATIONS)) {
            components.add(component(
                    "notifications", "Notifications sent when events happen: e-mail, push, in-app.", notifications));
        }
        if (!analytics.isEmpty()) {
            components.add(component("analytics", "Read models and aggregates computed from events.", analytics));
        }
        context.parts().components(components);
        Choice choice = explain(req, components);
        Style style = context.parts().style();
        if (style.separatelyDeployed()) {
            List<Deployable> services =
                    new ArrayList<>(Deployable.of(req.system().name(), style, components, context.load()));
            services.sort(Comparator.comparingDouble(Deployable::peakRps).reversed());
            List<String> busiest = services.stream()
                    .filter(d -> d.share() > 0)
                    .limit(3)
                    .map(d -> d.name() + " (" + Numbers.percent(d.share() * 100) + " of traffic)")
                    .toList();
            choice.because("Each component deploys as its own service ("
                    + style.title().toLowerCase(Locale.ROOT) + ")"
                    + (busiest.isEmpty()
                            ? "."
                            : "; the busiest, " + Text.and(busiest) + ", "
                                    + Text.verb(busiest, "scales on its own.", "scale on their own.")));
        }
        return choice;
    }

    /** The account, the tenant, and entities that exist only to connect them (profiles, memberships). */
    private static Set<String> identity(Requirements req) {
        Set<String> identity = new HashSet<>();
        req.account().ifPresent(a -> identity.add(a.name()));
        DomainTerms.tenant(req).ifPresent(t -> identity.add(t.name()));
        if (identity.isEmpty()) {
            return identity;
        }
        for (Entity e : req.entities()) {
            if (identity.contains(e.name()) || e.relations().isEmpty()) {
                continue;
            }
            boolean onlyIdentity = true;
            boolean profile = false;
            Set<String> targets = new HashSet<>();
            for (Relation r : e.relations()) {
                onlyIdentity &= identity.contains(r.target());
                profile |= r.kind() == RelationKind.ONE_TO_ONE && isAccount(req, r.target());
                targets.add(r.target());
            }
            if (onlyIdentity && (profile || targets.size() > 1)) {
                identity.add(e.name());
            }
        }
        return identity;
    }

    private static boolean isAccount(Requirements req, String entity) {
        return req.account().map(a -> a.name().equals(entity)).orElse(false);
    }

    private static Component component(String name, String description, List<Entity> entities) {
        return new Component(
                name, description, entities.stream().map(Entity::name).toList());
    }

    private static String list(List<Entity> entities) {
        StringJoiner out = new StringJoiner(", ");
        entities.forEach(e -> out.add(e.name()));
        return out.toString();
    }

    private static Choice explain(Requirements req, List<Component> components) {
        StringJoiner summary = new StringJoiner("; ");
        for (Component c : components) {
            summary.add(c.entities().isEmpty() ? c.name() : c.name() + " (" + String.join(", ", c.entities()) + ")");
        }
        Choice choice = Choice.of(components.size() + " components: " + summary)
                .because("An entity and the parent of its first required belongs-to or one-to-one relation form one"
                        + " aggregate and stay in one component, so a change to an aggregate is one local"
                        + " transaction.")
                .because(
                        "Further required, optional and many-to-many relations are references across components; the owner"
                                + " relation to the account is a reference too, or every entity would collapse into"
                                + " accounts.")
                .driver(RequirementKey.ENTITIES, req.entities().size())
                .driver(RequirementKey.FEATURES, features(req));
        req.account()
                .ifPresent(a -> choice.because("The account entity " + a.name()
                        + " goes to accounts, with the entities that only connect it to tenants or profiles."));
        return choice.alternative(
                        "One component for everything",
                        "With " + req.entities().size() + " entities the code has no internal seams; a later"
                                + " split would start with untangling, not moving.")
                .alternative(
                        "One component per entity",
                        "Children such as the rows of an aggregate are written together with their parent;"
                                + " splitting them turns one transaction into a distributed one.")
                .tradeoff("A component reads another component's data through its interface, never by joining"
                        + " its tables, even when a join would be shorter.")
                .tradeoff("Component names ("
                        + String.join(
                                ", ", components.stream().map(Component::name).toList())
                        + ") come from the most connected entity; rename them to the team's words before the first"
                        + " release.")
                .revisitWhen("When a component passes ~15 entities, or two teams change the same component every"
                        + " week, split it along its aggregates.");
    }

    static String features(Requirements req) {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        req.features().forEach(f -> out.add(f.id()));
        return out.toString();
    }
}
