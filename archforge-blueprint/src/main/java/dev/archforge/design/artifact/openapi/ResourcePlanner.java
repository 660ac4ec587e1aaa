package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.AppendOnly;
import dev.archforge.design.artifact.domain.Idempotency;
import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.DataPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how each entity appears in the API, from ownership and access patterns:
 *
 * <ul>
 *   <li>an entity with a parent ({@code Ownership.parent}) is a collection nested under the parent's
 *       item, its own items flat at {@code /<collection>/{id}}, so no path is deeper than two levels;
 *   <li>an entity owned through the account that only its owner reads is the caller's collection
 *       at {@code /me/<collection>};
 *   <li>anything else is a top-level collection.
 * </ul>
 *
 * Clients write an entity when an access pattern writes it, when its owner is not among its readers
 * (a coach authors the plans members read), or, without an owner, when there are admins to manage it;
 * otherwise the server produces the records (weekly snapshots) and the API only reads them.
 */
final class ResourcePlanner {
    private ResourcePlanner() {}

    static List<Resource> plan(Design design) {
        Requirements r = design.requirements();
        List<String> admins = admins(r);
        List<Resource> out = new ArrayList<>();
        for (Entity e : r.entities()) {
            if (e.account()) {
                continue;
            }
            List<AccessPattern> patterns = r.accessPatterns().stream()
                    .filter(p -> p.entity().equals(e.name()))
                    .toList();
            Set<String> readers = new LinkedHashSet<>();
            Set<String> writers = new LinkedHashSet<>();
            for (AccessPattern p : patterns) {
                (p.operation().isWrite() ? writers : readers).add(p.actor());
            }
            Optional<String> owner = Ownership.ownerActor(r, e).map(Actor::name);
            boolean writable = !writers.isEmpty()
                    || owner.filter(o -> !readers.contains(o)).isPresent()
                    || (e.owner().isEmpty() && !admins.isEmpty());
            owner.ifPresent(o -> {
                readers.add(o);
                if (writable) {
                    writers.add(o);
                }
            });
            if (readers.isEmpty()) {
                r.actors().stream().map(Actor::name).forEach(readers::add);
            }
            boolean ownedThroughAccount = Ownership.ownerRelation(e)
                    .flatMap(rel -> r.entity(rel.target()))
                    .filter(Entity::account)
                    .isPresent();
            boolean mine = ownedThroughAccount && owner.isPresent() && readers.equals(Set.of(owner.get()));
            readers.addAll(admins);
            writers.addAll(admins);
            out.add(new Resource(
                    e,
                    design.architecture()
                            .componentOf(e.name())
                            .map(Component::name)
                            .orElse(r.system().name()),
                    Ownership.parent(r, e),
                    mine,
                    writable,
                    patterns.stream()
                            .filter(p -> p.operation() == Operation.LIST || p.operation() == Operation.SEARCH)
                            .toList(),
                    patterns.stream()
                            .filter(p -> p.operation() == Operation.CREATE)
                            .toList(),
                    List.copyOf(readers),
                    writable ? List.copyOf(writers) : List.of(),
                    admins,
                    data(design, e)));
        }
        return out;
    }

    private static Resource.Data data(Design design, Entity e) {
        DataPlan plan = design.architecture().data();
        return new Resource.Data(
                AppendOnly.appendOnly(e),
                plan.optimisticLocking(),
                Idempotency.keyed(design, e),
                Idempotency.movesMoney(e.name()),
                plan.naturalKey(e.name()).isPresent(),
                plan.batchCreates().contains(e.name()));
    }

    static List<String> admins(Requirements r) {
        return r.actors().stream().filter(Actor::admin).map(Actor::name).toList();
    }
}
