package dev.archforge.design.consistency;

import dev.archforge.design.artifact.domain.AppendOnly;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Append-only records (readings, audit entries, ledger postings; {@link AppendOnly#appendOnly}) are
 * never changed: the API has no PATCH, PUT or DELETE on them.
 */
final class AppendOnlyRecordsStay implements Implication {
    @Override
    public String id() {
        return "append-only-records-stay";
    }

    @Override
    public String statement() {
        return "when an entity is append-only, api/openapi.yaml has no PATCH, PUT or DELETE on its records";
    }

    @Override
    public boolean applies(Design design) {
        return design.requirements().entities().stream().anyMatch(AppendOnly::appendOnly);
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        for (Entity e : files.design().requirements().entities()) {
            if (!AppendOnly.appendOnly(e)) {
                continue;
            }
            for (Api.Op op : files.api().onItem(Items.path(e.name()))) {
                if (List.of("patch", "put", "delete").contains(op.method())) {
                    out.add(op + " changes the append-only " + e.name());
                }
            }
        }
        return out;
    }
}
