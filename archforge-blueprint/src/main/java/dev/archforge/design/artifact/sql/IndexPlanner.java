package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Ddl.IndexKey;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects the indexes of one table: unique ones first, then the planned ones (from access
 * patterns), then one for every foreign key column no earlier index leads with. A non-unique index
 * whose keys are a leading prefix of another index's keys is dropped: the longer one serves it.
 */
final class IndexPlanner {
    private final String table;
    private final Optional<Expr> uniqueWhere;
    private final Optional<String> partitionColumn;
    private final List<Spec> specs = new ArrayList<>();

    /** An index before naming: its keys, whether unique, and a partial predicate for unique ones. */
    private record Spec(List<IndexKey> keys, boolean unique) {}

    /**
     * @param uniqueWhere the predicate of unique indexes, {@code deleted_at IS NULL} on tables with soft
     *     delete, so a deleted record does not block its natural key
     * @param partitionColumn the column a partitioned table is split on: PostgreSQL keeps a key unique
     *     only within a partition, so every unique index includes it
     */
    IndexPlanner(String table, Optional<Expr> uniqueWhere, Optional<String> partitionColumn) {
        this.table = table;
        this.uniqueWhere = uniqueWhere;
        this.partitionColumn = partitionColumn;
    }

    IndexPlanner(String table, Optional<Expr> uniqueWhere) {
        this(table, uniqueWhere, Optional.empty());
    }

    void unique(List<IndexKey> keys) {
        List<IndexKey> all = new ArrayList<>(keys);
        partitionColumn.map(IndexKey::column).filter(k -> !all.contains(k)).ifPresent(all::add);
        add(new Spec(all, true));
    }

    void plain(List<IndexKey> keys) {
        add(new Spec(keys, false));
    }

    /**
     * Adds an index on a foreign key's {@code columns} unless an index that covers every row already
     * leads with them, in any order (a partial unique index skips soft-deleted rows, which a cascading
     * delete still has to find).
     */
    void foreignKey(List<String> columns) {
        Set<IndexKey> wanted = new HashSet<>();
        columns.forEach(c -> wanted.add(IndexKey.column(c)));
        boolean covered = specs.stream()
                .anyMatch(s -> !partial(s)
                        && s.keys().size() >= wanted.size()
                        && new HashSet<>(s.keys().subList(0, wanted.size())).equals(wanted));
        if (!covered) {
            plain(columns.stream().map(IndexKey::column).toList());
        }
    }

    private void add(Spec spec) {
        if (specs.stream().noneMatch(s -> s.keys().equals(spec.keys()) && (s.unique() || !spec.unique()))) {
            specs.add(spec);
        }
    }

    /** The CREATE INDEX statements, in the order the indexes were added, without redundant prefixes. */
    List<Ddl.CreateIndex> statements() {
        List<Ddl.CreateIndex> out = new ArrayList<>();
        for (Spec spec : specs) {
            if (!spec.unique() && specs.stream().anyMatch(other -> covers(other, spec))) {
                continue;
            }
            String base = table + "_"
                    + spec.keys().stream().map(IndexPlanner::keyName).collect(Collectors.joining("_"));
            out.add(new Ddl.CreateIndex(
                    Identifiers.derived(base, spec.unique() ? "key" : "idx"),
                    table,
                    spec.keys(),
                    spec.unique(),
                    spec.unique() ? uniqueWhere : Optional.empty()));
        }
        return out;
    }

    private boolean partial(Spec spec) {
        return spec.unique() && uniqueWhere.isPresent();
    }

    /** True when {@code longer} has more keys and starts with all of {@code shorter}'s, and is not partial. */
    private boolean covers(Spec longer, Spec shorter) {
        return !partial(longer)
                && longer.keys().size() > shorter.keys().size()
                && longer.keys().subList(0, shorter.keys().size()).equals(shorter.keys());
    }

    private static String keyName(IndexKey key) {
        if (key.expr() instanceof Expr.ColumnRef c) {
            return c.column();
        }
        if (key.expr() instanceof Expr.Call call
                && call.arguments().size() == 1
                && call.arguments().get(0) instanceof Expr.ColumnRef c) {
            return c.column() + "_" + call.function();
        }
        throw new IllegalArgumentException("cannot name an index on " + key.expr());
    }
}
