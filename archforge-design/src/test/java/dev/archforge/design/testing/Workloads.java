package dev.archforge.design.testing;

import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.RequirementsLoader;
import dev.archforge.design.requirements.Scale;
import dev.archforge.design.requirements.SystemInfo;
import dev.archforge.model.Location;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Variants of the keys the second requirements format added (tenants, qualities, audience, actor
 * counts), beside {@link Variants}, and requirements read from YAML text for workloads easier to
 * write than to build: a shop selling limited stock.
 */
public final class Workloads {
    /**
     * A shop selling limited stock: orders take from {@code Product.stock} through their items, a payment
     * provider reports back. {@code %s} is the frequency of {@code place-order}.
     */
    public static final String SHOP = """
            system: {name: shop, purpose: Sells limited stock.}
            features: [auth, payments]
            actors:
              buyer: People who buy.
              payment-provider: {description: Calls back with payment results., external: true}
            entities:
              User:
                account: true
                fields: {email: email required unique}
              Product:
                fields: {title: string(120) required, price: money required, stock: integer required}
              Order:
                owner: buyer
                fields: {total: money required}
                relations: [belongs-to User as buyer]
                states: [pending_payment, paid, cancelled]
              OrderItem:
                fields: {quantity: integer required}
                relations: [belongs-to Order, belongs-to Product]
              Payment:
                fields: {amount: money required}
                relations: [one-to-one Order]
                states: [authorized, captured, failed]
            access-patterns:
              - {name: view-product, actor: buyer, read: Product, frequency: 20 per user per day}
              - {name: place-order, actor: buyer, create: Order, frequency: %s}
              - {name: payment-callback, actor: payment-provider, update: Payment, frequency: 2 per second}
            scale: {registered-users: 500000, daily-active-users: 100000, actions-per-user-per-day: 30, peak-factor: 3}
            team: {size: 6, teams: 1}
            constraints: {availability: 99.9}
            """;

    private static final Location AT = Location.at("variant.yaml", 1, 1);

    private Workloads() {}

    /** Requirements read from YAML text, as the loader reads a file. */
    public static Requirements yaml(String text) {
        return new RequirementsLoader().parse("archforge.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The shop with {@code place-order} at {@code frequency} ({@code 0.5 per user per day}). */
    public static Requirements shop(String frequency) {
        return yaml(SHOP.formatted(frequency));
    }

    public static Requirements tenants(Requirements r, long tenants) {
        Scale s = r.scale();
        return r.toBuilder()
                .scale(new Scale(
                        s.registeredUsers(),
                        s.dailyActiveUsers(),
                        s.actionsPerUserPerDay(),
                        s.peakFactor(),
                        s.peakRps(),
                        s.readPercent(),
                        s.payloadKb(),
                        s.monthlyGrowthPercent(),
                        s.retentionMonths(),
                        s.concurrentConnections(),
                        s.requestsPerDay(),
                        OptionalLong.of(tenants)))
                .build();
    }

    public static Requirements qualities(Requirements r, String... qualities) {
        Constraints c = r.constraints();
        return r.toBuilder()
                .constraints(new Constraints(
                        c.budgetPerMonth(),
                        c.hosting(),
                        c.cloud(),
                        c.compliance(),
                        c.availability(),
                        c.latencyP99Ms(),
                        c.regions(),
                        c.dataResidency(),
                        c.rpoMinutes(),
                        c.rtoMinutes(),
                        List.of(qualities),
                        c.deadlineWeeks()))
                .build();
    }

    public static Requirements latency(Requirements r, int p99Ms) {
        Constraints c = r.constraints();
        return r.toBuilder()
                .constraints(new Constraints(
                        c.budgetPerMonth(),
                        c.hosting(),
                        c.cloud(),
                        c.compliance(),
                        c.availability(),
                        p99Ms,
                        c.regions(),
                        c.dataResidency(),
                        c.rpoMinutes(),
                        c.rtoMinutes(),
                        c.qualities(),
                        c.deadlineWeeks()))
                .build();
    }

    public static Requirements audience(Requirements r, String audience) {
        return new Requirements(
                r.file(),
                new SystemInfo(r.system().name(), r.system().purpose(), audience),
                r.features(),
                r.actors(),
                r.entities(),
                r.accessPatterns(),
                r.events(),
                r.scale(),
                r.team(),
                r.constraints(),
                r.assumptions(),
                r.brief());
    }

    /** The requirements with one more external actor: a fleet of {@code count} when given, else a server. */
    public static Requirements plusMachine(Requirements r, String name, OptionalLong count) {
        List<Actor> actors = new ArrayList<>(r.actors());
        actors.add(new Actor(name, "", false, true, AT, count));
        return r.toBuilder().actors(actors).build();
    }
}
