package dev.archforge.design.decision;

import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.IndexPlan;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexes the schema needs: one per access pattern (equality filters first, then the range
 * filter or sort column), unique indexes for unique fields, {@code tenant_id} first under row-level
 * security, and an index leading with every foreign key that no other index already leads with.
 * Indexes that are a prefix of another are dropped.
 */
@DecisionInfo(
        id = "indexes",
        area = Area.DATA,
        title = "Indexes",
        reads = {RequirementKey.ENTITIES, RequirementKey.ACCESS_PATTERNS, RequirementKey.FEATURES})
public final class IndexesRule implements DecisionRule {
    static final String TENANT = "tenant_id";

    /** Where the indexes of join tables are: in the schema, beside their composite keys. */
    private static String joinTables(Requirements req) {
        List<String> pairs = new ArrayList<>();
        for (Entity e : req.entities()) {
            for (Relation r : e.relations()) {
                if (r.kind() == RelationKind.MANY_TO_MANY) {
                    pairs.add(e.name() + "." + r.name());
                }
            }
        }
        return pairs.isEmpty()
                ? "A many-to-many relation added later brings a join table with its own composite key and reverse"
                        + " index."
                : "The join tables of " + Text.and(pairs) + " get a composite primary key and an index on the"
                        + " second column, in the schema rather than here.";
    }

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Map<String, List<AccessPattern>> patterns = new HashMap<>();
        for (PatternLoad p : context.load().patterns()) {
            patterns.computeIfAbsent(p.pattern().entity(), k -> new ArrayList<>())
                    .add(p.pattern());
        }
        List<IndexPlan> all = new ArrayList<>();
        int fromPatterns = 0;
        int fromKeys = 0;
        int unique = 0;
        for (Entity e : req.entities()) {
            boolean scoped = DomainTerms.tenantScoped(req, e);
            List<IndexPlan> own = new ArrayList<>();
            String table = Names.table(e.name());
            for (Field f : e.fields()) {
                if (f.unique()) {
                    String column = Names.snake(f.name());
                    own.add(new IndexPlan(
                            e.name(),
                            scoped ? List.of(TENANT, column) : List.of(column),
                            true,
                            "unique field " + table + "." + column));
                }
            }
            if (scoped) {
                own.add(new IndexPlan(e.name(), List.of(TENANT), false, "tenant isolation (row-level security)"));
            }
            for (AccessPattern p : patterns.getOrDefault(e.name(), List.of())) {
                List<String> columns = patternColumns(e, p, scoped);
                if (!columns.isEmpty() && !(scoped && columns.size() == 1)) {
                    own.add(new IndexPlan(e.name(), columns, false, "access pattern " + p.name()));
                }
            }
            own = withoutPrefixes(own);
            for (Relation r : e.relations()) {
                if (r.kind() == RelationKind.MANY_TO_MANY) {
                    continue;
                }
                String column = Names.foreignKey(r.name());
                boolean oneToOne = r.kind() == RelationKind.ONE_TO_ONE;
                if (oneToOne || own.stream().noneMatch(i -> i.columns().get(0).equals(column))) {
                    own.add(new IndexPlan(
                            e.name(),
                            List.of(column),
                            oneToOne,
                            (oneToOne ? "one-to-one " : "foreign key ") + table + "." + column));
                }
            }
            for (IndexPlan i : own) {
                if (i.unique()) {
                    unique++;
                } else if (i.reason().startsWith("access pattern")) {
                    fromPatterns++;
                } else if (i.reason().startsWith("foreign key")) {
                    fromKeys++;
                }
            }
            all.addAll(own);
        }
        context.parts().indexes(all);
        return Choice.of(Text.count(all.size(), "index", "indexes") + ": " + fromPatterns + " for access patterns, "
                        + fromKeys + " for foreign keys, " + unique + " unique")
                .driver(RequirementKey.ENTITIES, req.entities().size())
                .driver(RequirementKey.ACCESS_PATTERNS, req.accessPatterns().size())
                .because("Each of the " + Text.count(req.accessPatterns().size(), "access pattern", "access patterns")
                        + " gets an index whose columns are its equality filters, then its range filter or sort"
                        + " column, so the query reads one index range in order instead of sorting.")
                .because("Every foreign key gets an index leading with it unless another index already does, so"
                        + " joins, ownership filters and cascading deletes never scan the child table.")
                .because("An index that is a prefix of another on the same table is dropped; the longer one"
                        + " serves both.")
                .alternative(
                        "Index every column",
                        "Each index slows every insert and update and takes memory; only the queries that run"
                                + " get one.")
                .alternative(
                        "Primary keys only, add indexes when slow",
                        "Unindexed foreign keys and list queries degrade silently as tables grow; the access"
                                + " patterns are known now.")
                .tradeoff("Writes maintain " + all.size() + " secondary indexes besides the primary keys.")
                .tradeoff(joinTables(req))
                .revisitWhen("When pg_stat_statements shows a query outside these patterns in the top 10 by total"
                        + " time, or an index shows zero scans for a month, add or drop it.");
    }

    /** Equality filters in order, then the sort column; {@code tenant_id} first when scoped. */
    static List<String> patternColumns(Entity e, AccessPattern p, boolean scoped) {
        if (p.operation() == Operation.CREATE) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        if (scoped) {
            columns.add(TENANT);
        }
        for (String filter : p.filters()) {
            if (manyToMany(e, filter)) {
                continue; // served by the join table's reverse index, not a column of this table
            }
            String column = column(e, filter);
            if (!column.equals("id") && !columns.contains(column)) {
                columns.add(column);
            }
        }
        p.sort()
                .map(s -> column(e, s))
                .filter(c -> !c.equals("id") && !columns.contains(c))
                .ifPresent(columns::add);
        return columns;
    }

    private static boolean manyToMany(Entity e, String name) {
        return e.relations().stream()
                .anyMatch(r -> r.kind() == RelationKind.MANY_TO_MANY && r.name().equals(name));
    }

    /** The column a filter or sort name refers to: a relation's foreign key, or the field's column. */
    static String column(Entity e, String name) {
        if (name.equals("tenant") || name.equals(TENANT)) {
            return TENANT;
        }
        for (Relation r : e.relations()) {
            if (r.kind() != RelationKind.MANY_TO_MANY
                    && (r.name().equals(name) || r.target().equals(name))) {
                return Names.foreignKey(r.name());
            }
        }
        return Names.snake(name);
    }

    /** Drops non-unique indexes whose columns are a prefix of, or equal to, another index's columns. */
    private static List<IndexPlan> withoutPrefixes(List<IndexPlan> indexes) {
        List<IndexPlan> out = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            IndexPlan a = indexes.get(i);
            boolean covered = false;
            for (int j = 0; j < indexes.size() && !covered && !a.unique(); j++) {
                IndexPlan b = indexes.get(j);
                if (i != j
                        && startsWith(b.columns(), a.columns())
                        && (b.columns().size() > a.columns().size() || b.unique() || j < i)) {
                    covered = true;
                }
            }
            if (!covered) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size()
                && columns.subList(0, prefix.size()).equals(prefix);
    }
}
