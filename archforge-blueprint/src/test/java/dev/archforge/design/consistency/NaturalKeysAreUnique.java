package dev.archforge.design.consistency;

import dev.archforge.design.plan.DataPlan.NaturalKey;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Natural-key deduplication decided: the entity's table has a unique key on exactly that key's
 * columns (with {@code tenant_id} too, under tenant isolation, if the schema scopes keys by tenant).
 */
final class NaturalKeysAreUnique implements Implication {
    @Override
    public String id() {
        return "natural-keys-are-unique";
    }

    @Override
    public String statement() {
        return "when the consistency decision deduplicates an entity's inserts by a natural key, its table has a"
                + " UNIQUE key on exactly those columns";
    }

    @Override
    public boolean applies(Design design) {
        return !design.architecture().data().deduplicated().isEmpty();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        for (NaturalKey key : files.design().architecture().data().deduplicated()) {
            Entity entity = files.design().requirements().entity(key.entity()).orElseThrow();
            Set<String> columns = new LinkedHashSet<>();
            for (String part : key.parts()) {
                columns.add(entity.relation(part).isPresent() ? Names.foreignKey(part) : Names.snake(part));
            }
            Set<String> perTenant = new LinkedHashSet<>(columns);
            perTenant.add("tenant_id");
            String name = Names.table(entity.name());
            Optional<Table> table = files.sql().table(name);
            if (table.isEmpty()
                    || !(files.sql().uniqueOn(table.get(), columns)
                            || files.sql().uniqueOn(table.get(), perTenant))) {
                out.add("table " + name + " has no unique key on " + columns);
            }
        }
        return out;
    }
}
