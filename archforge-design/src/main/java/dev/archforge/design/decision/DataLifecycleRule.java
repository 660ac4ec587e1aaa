package dev.archforge.design.decision;

import dev.archforge.design.capacity.EntitySizes;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.DataPlan.TimePartition;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long data lives and how big tables stay manageable: retention from the requirements, monthly
 * partitions for tables heading past a hundred million rows (so expiry drops a partition instead of
 * deleting rows), and erasure of a person's data where GDPR applies.
 */
@DecisionInfo(
        id = "data-lifecycle",
        area = Area.DATA,
        title = "Retention, partitioning and erasure",
        reads = {
            RequirementKey.RETENTION_MONTHS,
            RequirementKey.ENTITIES,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.REGISTERED_USERS,
            RequirementKey.COMPLIANCE
        })
public final class DataLifecycleRule implements DecisionRule {
    /** Rows from which a table is partitioned by month. */
    static final double PARTITION_ROWS = 100_000_000;
    /** The column monthly partitions split on: when the row was written. */
    static final String CREATED_AT = "created_at";

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        int retention = context.scale().retentionMonths();
        List<String> big = new ArrayList<>();
        List<String> chunked = new ArrayList<>();
        List<TimePartition> monthly = new ArrayList<>();
        long soonest = Long.MAX_VALUE;
        String biggest = "";
        double biggestRows = -1;
        for (Entity e : req.entities()) {
            double rows = EntitySizes.rows(req, context.load(), e).value();
            if (rows > biggestRows) {
                biggest = Names.table(e.name());
                biggestRows = rows;
            }
            double perMonth = EntitySizes.rowsPerMonth(req, context.load(), e);
            if (rows >= PARTITION_ROWS && perMonth > 0) {
                String table = Names.table(e.name()) + " (" + Numbers.format(rows) + " rows)";
                if (context.parts().data().partition(e.name()).isPresent()) {
                    chunked.add(table);
                } else {
                    big.add(table);
                    monthly.add(new TimePartition(e.name(), CREATED_AT, false));
                }
                soonest = Math.min(soonest, Numbers.ceil(PARTITION_ROWS / perMonth));
            }
        }
        context.parts().data(d -> d.plusPartitions(monthly));
        boolean gdpr = context.constraints().requires("gdpr");
        List<String> parts = new ArrayList<>();
        parts.add(retention > 0 ? "Keep data " + retention + " months, then expire it" : "Keep data until deleted");
        Map<String, List<String>> own = new TreeMap<>();
        for (Entity e : req.entities()) {
            e.retention().ifPresent(r -> own.computeIfAbsent(
                            r.forever() ? "forever" : Text.count(r.months(), "month", "months"), k -> new ArrayList<>())
                    .add(e.name()));
        }
        own.forEach((keep, names) -> parts.add("keep " + Text.and(names) + " " + keep));
        if (!chunked.isEmpty()) {
            parts.add("hypertable chunks for " + String.join(", ", chunked));
        }
        if (!big.isEmpty()) {
            parts.add("monthly range partitions on " + CREATED_AT + " for " + String.join(", ", big));
        }
        if (!big.isEmpty() || !chunked.isEmpty()) {
            parts.set(
                    parts.size() - 1,
                    parts.get(parts.size() - 1) + " from the first migration, the first passing "
                            + Numbers.format(PARTITION_ROWS) + " rows in ~" + Text.count(soonest, "month", "months"));
        }
        if (gdpr) {
            parts.add("erasure of a person's data within 30 days of a request");
        }
        List<String> split = new ArrayList<>(chunked);
        split.addAll(big);
        Choice choice = Choice.of(String.join("; ", parts))
                .driver(RequirementKey.RETENTION_MONTHS, retention)
                .driver(RequirementKey.DAILY_ACTIVE_USERS, context.scale().dailyActiveUsers())
                .because(
                        retention > 0
                                ? "The requirements keep " + retention + " months: a nightly job expires older rows, so"
                                        + " storage stops growing after the first " + retention + " months."
                                : "No retention limit is set: tables grow for ever, so growth per month in the capacity plan"
                                        + " is the number to watch.");
        if (!split.isEmpty()) {
            choice.because(Text.and(split) + " pass " + Numbers.format(PARTITION_ROWS) + " rows within the retention"
                    + " period, the first after about " + Text.count(soonest, "month", "months")
                    + ". The first migration creates "
                    + (split.size() == 1 ? "it" : "them")
                    + " split by time, so expiry drops a partition or chunk instead of deleting rows (no bloat,"
                    + " no vacuum storm) and queries on recent data touch recent partitions only.");
        }
        if (gdpr) {
            choice.driver(RequirementKey.COMPLIANCE, context.constraints().compliance())
                    .because("GDPR gives people the right to erasure and export: deleting an account deletes or"
                            + " anonymises every row it owns (by the owner relations), backups age out within"
                            + " their retention, and an export endpoint returns the person's data.");
        }
        List<String> splitTables = new ArrayList<>();
        split.forEach(t -> splitTables.add(t.substring(0, t.indexOf(' '))));
        List<String> copies = new ArrayList<>();
        req.account().ifPresent(a -> copies.add("the rows owned through " + Names.table(a.name())));
        if (context.parts().uses(Store.OPENSEARCH)) {
            copies.add("the OpenSearch index");
        }
        if (context.parts().uses(Store.OBJECT_STORAGE)) {
            copies.add("uploaded files");
        }
        return choice.alternative(
                        "Keep everything, no partitions",
                        split.isEmpty()
                                ? "The biggest table, " + biggest + ", holds ~" + Numbers.format(biggestRows)
                                        + " rows, below " + Numbers.format(PARTITION_ROWS) + "; unlimited retention"
                                        + " would still grow storage and backups for data nobody reads."
                                : "Deleting expired rows from " + Text.and(splitTables)
                                        + " bloats them and locks for hours.")
                .alternative(
                        "Archive to object storage and delete",
                        "Worth it when old data must stay queryable for audits; nothing here asks for that.")
                .tradeoff(
                        split.isEmpty()
                                ? retention > 0
                                        ? "The expiry job deletes rows older than " + retention
                                                + " months in batches; it must run every night."
                                        : "Nothing expires: storage grows by the monthly growth in the capacity plan"
                                                + " for as long as the system runs."
                                : "The split " + (splitTables.size() == 1 ? "table " : "tables ")
                                        + Text.and(splitTables)
                                        + Text.verb(splitTables, " needs", " need")
                                        + " the partition key in every unique constraint and a job that creates"
                                        + " partitions ahead.")
                .tradeoff(
                        copies.isEmpty()
                                ? "No entity is a person's account: erasing someone's data means finding their"
                                        + " records by hand."
                                : "Erasure must reach every copy of a person's data: " + Text.and(copies)
                                        + ", and backups as they age out.")
                .revisitWhen("When " + (split.isEmpty() ? "a table" : "another table") + " passes ~"
                        + Numbers.format(PARTITION_ROWS) + " rows or retention changes, revisit partitioning.");
    }
}
