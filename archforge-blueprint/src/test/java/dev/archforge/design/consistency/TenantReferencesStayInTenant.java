package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import dev.archforge.sql.schema.ForeignKey;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tenant isolation decided: a row can only refer to a row of its own tenant. Every foreign key
 * between two tables that carry {@code tenant_id} has a companion (or is itself) a foreign key that
 * includes {@code tenant_id} on both sides, and the referenced table has a unique key on exactly
 * the referenced columns. Row-level security does not cover foreign-key checks, which see every
 * tenant's rows, so this is the only guard against a reference across tenants.
 */
final class TenantReferencesStayInTenant implements Implication {
    static final String TENANT = "tenant_id";

    @Override
    public String id() {
        return "tenant-references-stay-in-tenant";
    }

    @Override
    public String statement() {
        return "when tenants are isolated, every foreign key between tenant-scoped tables of"
                + " db/migration/V1__init.sql is matched by one on (tenant_id, ...) referencing a unique"
                + " (tenant_id, ...) key";
    }

    @Override
    public boolean applies(Design design) {
        return design.architecture().security().tenantIsolation();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        Sql sql = files.sql();
        for (Table table : sql.tables()) {
            if (table.column(TENANT).isEmpty()) {
                continue;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                Optional<Table> target = target(sql, fk);
                if (target.isEmpty() || target.get().column(TENANT).isEmpty()) {
                    continue;
                }
                Set<String> wanted = new HashSet<>(fk.columns());
                wanted.add(TENANT);
                Optional<ForeignKey> scoped = table.foreignKeys().stream()
                        .filter(f -> f.referencedTable().equals(fk.referencedTable()))
                        .filter(f -> new HashSet<>(f.columns()).equals(wanted))
                        .filter(f -> f.referencedColumns()
                                .get(f.columns().indexOf(TENANT))
                                .equals(TENANT))
                        .findFirst();
                String name = table.name().name() + " " + fk.columns() + " → "
                        + target.get().name().name();
                if (scoped.isEmpty()) {
                    out.add("foreign key " + name + " does not include tenant_id: a row can point into another tenant");
                } else if (!sql.uniqueOn(
                        target.get(), new HashSet<>(scoped.get().referencedColumns()))) {
                    out.add("foreign key " + name + " references "
                            + scoped.get().referencedColumns() + ", which no unique key of "
                            + target.get().name().name() + " covers");
                }
            }
        }
        return out;
    }

    private static Optional<Table> target(Sql sql, ForeignKey fk) {
        return sql.tables().stream()
                .filter(t -> t.key().equals(fk.referencedTable()))
                .findFirst();
    }
}
