package dev.archforge.design.capacity;

import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Retention;
import dev.archforge.design.requirements.Scale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row counts and row sizes of an entity's table, from the scale and the field types. Sizes are
 * PostgreSQL averages: a 24-byte tuple header plus a 4-byte line pointer, then each column.
 */
public final class EntitySizes {
    /** Tuple header and line pointer of one heap row. */
    public static final int ROW_OVERHEAD_BYTES = 28;
    /** Index tuple header, line pointer and alignment of one index entry. */
    public static final int INDEX_ENTRY_OVERHEAD_BYTES = 16;
    /** Months of data counted when the requirements keep data forever (retention 0). */
    public static final int DEFAULT_HORIZON_MONTHS = 36;

    private static final int KEY_BYTES = 16;
    private static final int SECONDS_PER_MONTH = 30 * Load.SECONDS_PER_DAY;

    private EntitySizes() {}

    /**
     * How many rows the table holds at the end of the retention period, at today's users: the
     * account's registered users; else the stated growth per user; else the rate of its create
     * patterns; else one row per registered user.
     */
    public static Quantity rows(Requirements requirements, Load load, Entity entity) {
        Scale scale = requirements.scale();
        String id = "storage." + Names.table(entity.name()) + ".rows";
        String label = "Rows of " + Names.table(entity.name());
        int months = months(scale, entity);
        String period = entity.retention().map(Retention::forever).orElse(false)
                ? months + " months horizon (kept forever)"
                : months + " months" + (scale.retentionMonths() > 0 ? " retention" : " horizon");
        if (series(load, entity)) {
            double creates = Numbers.round(createRps(load, entity));
            int raw = rawMonths(scale, entity);
            return new Quantity(
                    id,
                    label,
                    Math.ceil(creates * SECONDS_PER_MONTH * raw),
                    "rows",
                    Numbers.format(creates) + " creates/s × 2,592,000 s × " + raw
                            + " months of raw points (hourly and daily rollups keep the rest)");
        }
        if (entity.account()) {
            return new Quantity(
                    id,
                    label,
                    (double) scale.registeredUsers(),
                    "rows",
                    Numbers.format(scale.registeredUsers()) + " registered users");
        }
        if (entity.growthPerUserPerMonth() > 0) {
            return new Quantity(
                    id,
                    label,
                    Math.ceil(scale.dailyActiveUsers() * entity.growthPerUserPerMonth() * months),
                    "rows",
                    Numbers.format(scale.dailyActiveUsers()) + " DAU × "
                            + Numbers.format(entity.growthPerUserPerMonth()) + " per user per month × " + period);
        }
        double creates = Numbers.round(createRps(load, entity));
        if (creates > 0) {
            return new Quantity(
                    id,
                    label,
                    Math.ceil(creates * SECONDS_PER_MONTH * months),
                    "rows",
                    Numbers.format(creates) + " creates/s × 2,592,000 s × " + period);
        }
        return new Quantity(
                id,
                label,
                (double) scale.registeredUsers(),
                "rows",
                Numbers.format(scale.registeredUsers()) + " registered users × 1 (no growth or create pattern given)");
    }

    /** Months of raw points a time series keeps before only its rollups remain. */
    public static final int RAW_SERIES_MONTHS = 3;
    /** Months a table kept forever is planned for. */
    public static final int FOREVER_HORIZON_MONTHS = 60;
    /** How much smaller columnar-compressed time-series chunks are than row storage. */
    public static final double SERIES_COMPRESSION = 10;
    /** Days a time-series chunk stays uncompressed, for recent writes and late points. */
    public static final int UNCOMPRESSED_DAYS = 7;

    /**
     * True when an entity is a time series: append-only and written by a steady stream (readings,
     * location pings). Its raw points are kept {@value #RAW_SERIES_MONTHS} months, compressed after
     * {@value #UNCOMPRESSED_DAYS} days; rollups keep the long history.
     */
    public static boolean series(Load load, Entity entity) {
        return entity.appendOnly()
                && load.on(entity.name()).stream()
                        .anyMatch(p -> p.pattern().operation() == AccessPattern.Operation.CREATE
                                && p.pattern().steady()
                                && p.pattern().perSecond() > 0);
    }

    /** Months of raw points of a time series: at most {@value #RAW_SERIES_MONTHS}, at most its retention. */
    public static int rawMonths(Scale scale, Entity entity) {
        return Math.min(RAW_SERIES_MONTHS, months(scale, entity));
    }

    /** Months an entity's rows are kept: its own retention, else the system's. */
    public static int months(Scale scale, Entity entity) {
        return entity.retention()
                .map(r -> r.forever() ? FOREVER_HORIZON_MONTHS : r.months())
                .orElse(horizonMonths(scale));
    }

    /** Share of a time series' stored bytes after compression: recent days raw, the rest compressed. */
    public static double seriesStoredShare(Scale scale, Entity entity) {
        double recent = Math.min(1, UNCOMPRESSED_DAYS / (30.0 * rawMonths(scale, entity)));
        return recent + (1 - recent) / SERIES_COMPRESSION;
    }

    /** Rows added per month from the stated growth or the create patterns; 0 when neither is known. */
    public static double rowsPerMonth(Requirements requirements, Load load, Entity entity) {
        if (entity.account()) {
            return 0;
        }
        if (entity.growthPerUserPerMonth() > 0) {
            return requirements.scale().dailyActiveUsers() * entity.growthPerUserPerMonth();
        }
        return Numbers.round(createRps(load, entity)) * SECONDS_PER_MONTH;
    }

    private static double createRps(Load load, Entity entity) {
        return load.on(entity.name()).stream()
                .filter(p -> p.pattern().operation() == AccessPattern.Operation.CREATE)
                .mapToDouble(PatternLoad::averageRps)
                .sum();
    }

    /** Months of data the tables hold: the retention, or {@value #DEFAULT_HORIZON_MONTHS} when unlimited. */
    public static int horizonMonths(Scale scale) {
        return scale.retentionMonths() > 0 ? scale.retentionMonths() : DEFAULT_HORIZON_MONTHS;
    }

    /** Average bytes of one heap row. */
    public static int rowBytes(Entity entity, boolean tenantColumn) {
        int bytes = ROW_OVERHEAD_BYTES;
        for (int column : columns(entity, tenantColumn).values()) {
            bytes += column;
        }
        return bytes;
    }

    /** Average bytes of one entry of an index on {@code columns}, including the primary key. */
    public static int indexEntryBytes(Entity entity, boolean tenantColumn, List<String> columns) {
        Map<String, Integer> sizes = columns(entity, tenantColumn);
        int bytes = INDEX_ENTRY_OVERHEAD_BYTES;
        for (String column : columns) {
            bytes += sizes.getOrDefault(column, 8);
        }
        return bytes;
    }

    /** Column name to average bytes, in table order: id, fields, foreign keys, state, tenant, audit. */
    public static Map<String, Integer> columns(Entity entity, boolean tenantColumn) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("id", KEY_BYTES);
        for (Field field : entity.fields()) {
            columns.put(Names.snake(field.name()), fieldBytes(field));
        }
        for (Relation relation : entity.relations()) {
            if (relation.kind() != RelationKind.MANY_TO_MANY) {
                columns.put(Names.foreignKey(relation.name()), KEY_BYTES);
            }
        }
        if (!entity.states().isEmpty()) {
            columns.put("state", 8);
        }
        if (tenantColumn) {
            columns.put("tenant_id", KEY_BYTES);
        }
        columns.put("created_at", 8);
        columns.put("updated_at", 8);
        if (entity.softDelete()) {
            columns.put("deleted_at", 8);
        }
        return columns;
    }

    /** Average stored bytes of one value of {@code field}. */
    public static int fieldBytes(Field field) {
        return switch (field.type()) {
            case BOOLEAN -> 1;
            case DATE, INTEGER -> 4;
            case DECIMAL, MONEY, ENUM, LONG, TIMESTAMP -> 8;
            case UUID -> KEY_BYTES;
            case EMAIL -> 24;
            case URL -> 64;
            case STRING ->
                field.maxLength().isPresent() ? Math.min(field.maxLength().getAsInt() / 2, 128) + 1 : 33;
            case TEXT -> 200;
            case JSON, BYTES -> 256;
        };
    }
}
