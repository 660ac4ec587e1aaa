package dev.archforge.design.consistency;

import dev.archforge.design.plan.DataPlan.TimePartition;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * TimescaleDB or monthly partitions decided for an entity: its table is created {@code PARTITION BY
 * RANGE} on the decided column, and a hypertable is also made with {@code create_hypertable} on that
 * column where TimescaleDB is installed.
 */
final class TimeSeriesTablesAreSplit implements Implication {
    @Override
    public String id() {
        return "time-series-tables-are-split";
    }

    @Override
    public String statement() {
        return "when the data stores or lifecycle decide a hypertable or monthly partitions for an entity,"
                + " db/migration/V1__init.sql creates its table PARTITION BY RANGE on that column (and calls"
                + " create_hypertable on it for a hypertable)";
    }

    @Override
    public boolean applies(Design design) {
        return !design.architecture().data().partitions().isEmpty();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        for (TimePartition p : files.design().architecture().data().partitions()) {
            String table = Names.table(p.entity());
            String create = files.sql().createTable(table).orElse("");
            if (!create.replaceAll("\\s+", " ").contains("PARTITION BY RANGE (" + p.column() + ")")) {
                out.add("table " + table + " is not created PARTITION BY RANGE (" + p.column() + ")");
            }
            if (p.hypertable()
                    && files.sql()
                            .statementsWith("create_hypertable('" + table + "'", "'" + p.column() + "'")
                            .isEmpty()) {
                out.add("no create_hypertable('" + table + "', ... '" + p.column() + "' ...) for the hypertable "
                        + table);
            }
        }
        return out;
    }
}
