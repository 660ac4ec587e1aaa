package dev.archforge.design.capacity;

import dev.archforge.design.plan.CapacityPlan.Section;
import dev.archforge.design.plan.IndexPlan;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rows and bytes per table (heap and indexes) at the end of retention, the total and monthly growth. */
final class StorageSection {
    private static final double GB = 1_000_000_000;
    /** Disk over live data: WAL, dead tuples between vacuums, free space. */
    static final double PROVISIONING_FACTOR = 1.5;

    private StorageSection() {}

    static Section build(PlanInput in) {
        Map<String, List<IndexPlan>> indexes = new LinkedHashMap<>();
        Set<String> tenantScoped = new HashSet<>();
        for (IndexPlan index : in.architecture().indexes()) {
            indexes.computeIfAbsent(index.entity(), k -> new ArrayList<>()).add(index);
            if (index.columns().contains("tenant_id")) {
                tenantScoped.add(index.entity());
            }
        }
        List<Quantity> out = new ArrayList<>();
        double total = 0;
        double growth = 0;
        int growing = 0;
        for (Entity entity : in.requirements().entities()) {
            boolean tenant = tenantScoped.contains(entity.name());
            int row = EntitySizes.rowBytes(entity, tenant);
            List<IndexPlan> own = indexes.getOrDefault(entity.name(), List.of());
            int indexBytes = EntitySizes.indexEntryBytes(entity, tenant, List.of("id"));
            for (IndexPlan index : own) {
                indexBytes += EntitySizes.indexEntryBytes(entity, tenant, index.columns());
            }
            Quantity rows = EntitySizes.rows(in.requirements(), in.load(), entity);
            String table = Names.table(entity.name());
            boolean series = EntitySizes.series(in.load(), entity);
            double share =
                    series ? EntitySizes.seriesStoredShare(in.requirements().scale(), entity) : 1;
            double gb = Numbers.round(rows.value() * (row + indexBytes) * share / GB);
            total += gb;
            out.add(rows);
            out.add(new Quantity(
                    "storage." + table + ".size",
                    "Size of " + table,
                    gb,
                    "GB",
                    Numbers.format(rows.value()) + " rows × (" + row + " B row + " + indexBytes + " B in "
                            + (own.size() + 1) + (own.isEmpty() ? " index" : " indexes") + ")"
                            + (series
                                    ? " × " + Numbers.format(Numbers.round(share, 3)) + " (the last "
                                            + EntitySizes.UNCOMPRESSED_DAYS + " days raw, older chunks compressed "
                                            + Numbers.format(EntitySizes.SERIES_COMPRESSION) + "×)"
                                    : "")));
            double perMonth = EntitySizes.rowsPerMonth(in.requirements(), in.load(), entity);
            if (perMonth > 0) {
                growing++;
                growth += perMonth * (row + indexBytes) / GB;
            }
        }
        double sum = Numbers.round(total);
        int tables = in.requirements().entities().size();
        out.add(new Quantity(
                "storage.total",
                "Data at the end of retention",
                sum,
                "GB",
                "sum of " + tables + (tables == 1 ? " table" : " tables")));
        out.add(new Quantity(
                "storage.growth-per-month",
                "Data added per month",
                Numbers.round(growth),
                "GB/month",
                growing == 0
                        ? "no entity states growth or has a create pattern"
                        : "Σ rows added per month × bytes per row over " + growing
                                + (growing == 1 ? " table" : " tables")));
        out.add(new Quantity(
                "storage.provisioned",
                "Disk to provision",
                Numbers.round(sum * PROVISIONING_FACTOR),
                "GB",
                Numbers.format(sum) + " GB × " + Numbers.format(PROVISIONING_FACTOR)
                        + " for WAL, bloat and free space"));
        return new Section("Storage", out);
    }
}
