package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.SqlWriter;
import dev.archforge.design.plan.DataPlan.TimePartition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a table split by time real on the server the migration runs on. The table is created
 * {@code PARTITION BY RANGE} on its time column, which every PostgreSQL accepts; then a DO block
 *
 * <ul>
 *   <li>for a hypertable, where TimescaleDB is installed in the database, recreates the (still empty)
 *       table unpartitioned and calls {@code create_hypertable} on it, with a retention policy and
 *       compression of old chunks, as the data-store decision says;
 *   <li>otherwise (plain PostgreSQL: a managed service without TimescaleDB, a test database, or a
 *       table the lifecycle decision partitions by month) creates this month's and the next
 *       {@value #MONTHS_AHEAD} months' partitions and a default partition, so no insert fails while
 *       the scheduled job that creates partitions ahead (pg_partman or cron) is not running yet.
 * </ul>
 *
 * A user on TimescaleDB gets what was decided; a user without it still gets monthly partitions that
 * expire by DROP, never a plain table that must be converted under load later.
 */
final class Partitions {
    static final int MONTHS_AHEAD = 3;
    private static final String INDENT = "    ";

    private Partitions() {}

    /**
     * The remark that explains the split, and the DO block.
     *
     * @param table the table as created, partitioned
     * @param segmentBy the column compressed chunks group rows by (the source), if there is one
     * @param policy the row-level security policy each partition repeats, under tenant isolation
     */
    static List<Ddl> after(
            Ddl.CreateTable table,
            TimePartition p,
            int retentionMonths,
            Optional<String> segmentBy,
            Optional<Ddl.CreatePolicy> policy) {
        List<String> lines = new ArrayList<>();
        lines.add("DECLARE");
        lines.add(INDENT + "first_month date := date_trunc('month', now())::date;");
        lines.add(INDENT + "part text;");
        lines.add("BEGIN");
        if (p.hypertable()) {
            lines.add(INDENT + "IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN");
            String twice = INDENT + INDENT;
            lines.add(twice + "DROP TABLE " + table.name() + ";");
            for (String line : SqlWriter.text(table.unpartitioned()).split("\n")) {
                lines.add(twice + line);
            }
            lines.add(twice + "PERFORM create_hypertable('" + table.name() + "', by_range('" + p.column()
                    + "', INTERVAL '1 day'));");
            if (retentionMonths > 0) {
                lines.add(twice + "PERFORM add_retention_policy('" + table.name() + "', INTERVAL '" + retentionMonths
                        + " months');");
            }
            if (policy.isEmpty()) {
                lines.add(twice + "ALTER TABLE " + table.name() + " SET (timescaledb.compress"
                        + segmentBy
                                .map(c -> ", timescaledb.compress_segmentby = '" + c + "'")
                                .orElse("") + ");");
                lines.add(twice + "PERFORM add_compression_policy('" + table.name() + "', INTERVAL '7 days');");
            }
            lines.add(INDENT + "ELSE");
            monthly(lines, INDENT + INDENT, table.name(), policy);
            lines.add(INDENT + "END IF;");
        } else {
            monthly(lines, INDENT, table.name(), policy);
        }
        lines.add("END");
        return List.of(new Ddl.Remark(remark(table.name(), p)), new Ddl.DoBlock(lines));
    }

    private static String remark(String table, TimePartition p) {
        String monthly = "monthly range partitions on " + p.column() + " (this month's and the next " + MONTHS_AHEAD
                + " created here, a default one for the rest; a scheduled job creates later months ahead)";
        return p.hypertable()
                ? table + " is a TimescaleDB hypertable on " + p.column() + " where the extension is installed"
                        + "\nin this database (the timescale/timescaledb image installs it); on PostgreSQL without it,\n"
                        + monthly
                        + ".\nEither way old rows expire by dropping whole chunks or partitions, never by DELETE."
                : table + " is split into " + monthly
                        + ".\nOld rows expire by dropping whole partitions, never by DELETE.";
    }

    private static void monthly(List<String> lines, String indent, String table, Optional<Ddl.CreatePolicy> policy) {
        String inner = indent + INDENT;
        lines.add(indent + "CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT;");
        policy.ifPresent(x -> secure(lines, indent, "'" + table + "_default'", x));
        lines.add(indent + "FOR ahead IN 0.." + MONTHS_AHEAD + " LOOP");
        lines.add(inner + "part := '" + table
                + "_' || to_char(first_month + make_interval(months => ahead), 'YYYY_MM');");
        lines.add(inner + "EXECUTE format('CREATE TABLE %I PARTITION OF " + table
                + " FOR VALUES FROM (%L) TO (%L)', part,");
        lines.add(inner + INDENT + "first_month + make_interval(months => ahead),");
        lines.add(inner + INDENT + "first_month + make_interval(months => ahead + 1));");
        policy.ifPresent(x -> secure(lines, inner, "part", x));
        lines.add(indent + "END LOOP;");
    }

    /** Row-level security on one partition, which a query that names the partition would otherwise skip. */
    private static void secure(List<String> lines, String indent, String name, Ddl.CreatePolicy policy) {
        lines.add(indent + "EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', " + name + ");");
        lines.add(indent + "EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', " + name + ");");
        String create = SqlWriter.text(new Ddl.CreatePolicy("x", "x", policy.using(), policy.check()))
                .replace("\n", " ")
                .replaceAll(" +", " ")
                .trim();
        String body = create.substring(create.indexOf(" USING "));
        lines.add(indent + "EXECUTE format('CREATE POLICY %I ON %I"
                + body.replace("'", "''").replace(";", "") + "', " + name + " || '_tenant_isolation', " + name + ");");
    }
}
