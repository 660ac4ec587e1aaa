package dev.archforge.design.decision;

import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shapes of the workload that call for a read model other than the normalised tables, read from the
 * entities and access patterns rather than from the domain's name: a follow graph (timelines fanned out
 * to followers), ranked lists (leaderboards, top-N by a score), and ordered conversation streams
 * (messages pushed to the members of a parent record).
 */
final class ReadModels {
    private ReadModels() {}

    /**
     * An entity that links an account to another account (follower → followee, player → friend): the
     * graph along which a feed fans out.
     */
    static Optional<Entity> followGraph(Requirements req) {
        for (Entity e : req.entities()) {
            List<String> targets = e.relations().stream()
                    .filter(r -> r.kind() == RelationKind.BELONGS_TO && !r.optional())
                    .map(Relation::target)
                    .toList();
            boolean toAccount = req.entities().stream()
                    .anyMatch(a -> a.account()
                            && targets.stream().filter(a.name()::equals).count() >= 2);
            if (toAccount && e.fields().size() <= 3) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Lists sorted by a number other than a time, highest first: rankings. */
    static List<AccessPattern> rankedLists(Requirements req) {
        List<AccessPattern> ranked = new ArrayList<>();
        for (AccessPattern p : req.accessPatterns()) {
            if (p.operation() != Operation.LIST || p.sort().isEmpty() || !p.descending()) {
                continue;
            }
            Optional<Field> field =
                    req.entity(p.entity()).flatMap(e -> e.field(p.sort().get()));
            if (field.isPresent() && numeric(field.get().type())) {
                ranked.add(p);
            }
        }
        return ranked;
    }

    /**
     * The stream pushed to connected clients: the most created entity that people (not devices or steady
     * machine streams) write and that belongs to a parent other than an account (a message in a
     * conversation, a chat line in a room), with that parent.
     */
    static Optional<Stream> orderedStream(DesignContext context) {
        Requirements req = context.requirements();
        if (!req.has(Feature.REALTIME)) {
            return Optional.empty();
        }
        PatternLoad best = null;
        Stream stream = null;
        for (PatternLoad load : context.load().patterns()) {
            AccessPattern p = load.pattern();
            boolean machine = req.actor(p.actor()).map(a -> a.external()).orElse(false);
            if (p.operation() != Operation.CREATE || machine || p.steady()) {
                continue;
            }
            Optional<Relation> to = req.entity(p.entity()).flatMap(e -> parentOf(req, e));
            if (to.isPresent() && (best == null || load.peakRps() > best.peakRps())) {
                best = load;
                stream = new Stream(p.entity(), to.get().target());
            }
        }
        return Optional.ofNullable(stream);
    }

    private static Optional<Relation> parentOf(Requirements req, Entity e) {
        if (e.appendOnly() && e.relations().stream().noneMatch(r -> r.kind() == RelationKind.BELONGS_TO)) {
            return Optional.empty();
        }
        return e.relations().stream()
                .filter(r -> r.kind() == RelationKind.BELONGS_TO && !r.optional())
                .filter(r -> req.entity(r.target()).map(t -> !t.account()).orElse(false))
                .filter(r -> e.owner().map(o -> !o.equals(r.name())).orElse(true))
                .findFirst();
    }

    private static boolean numeric(FieldType type) {
        return switch (type) {
            case INTEGER, LONG, DECIMAL -> true;
            default -> false;
        };
    }

    /** Records of {@code entity} delivered in order within one {@code parent}. */
    record Stream(String entity, String parent) {}
}
