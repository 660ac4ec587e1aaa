package dev.archforge.design.consistency;

import dev.archforge.design.artifact.docs.SecurityContributor;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.sql.schema.TableColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One identifier type everywhere: the {@code id} columns of the schema, the ids of the API (path
 * parameters and {@code id} properties) and what {@code security.md} says identifiers are.
 */
final class IdentifiersAgree implements Implication {
    @Override
    public String id() {
        return "identifiers-agree";
    }

    @Override
    public String statement() {
        return "the id columns of db/migration/V1__init.sql, the ids of api/openapi.yaml and the identifiers"
                + " security.md describes have one type (bigint and integer/int64, or uuid and string/uuid)";
    }

    @Override
    public boolean applies(Design design) {
        return !design.requirements().entities().isEmpty();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        Set<String> sqlTypes = new LinkedHashSet<>();
        for (Entity e : files.design().requirements().entities()) {
            files.sql()
                    .table(Names.table(e.name()))
                    .flatMap(t -> t.column("id"))
                    .flatMap(TableColumn::type)
                    .ifPresent(type -> sqlTypes.add(type.name().toLowerCase(Locale.ROOT)));
        }
        if (sqlTypes.size() != 1) {
            out.add("the entity tables' id columns have types " + sqlTypes + ", not one type");
            return out;
        }
        boolean uuid = sqlTypes.iterator().next().contains("uuid");
        String format = uuid ? "uuid" : "int64";
        for (Api.Op op : files.api().operations()) {
            for (Map<String, Object> p : op.parameters()) {
                if ("path".equals(p.get("in"))) {
                    Object f = Api.map(p.get("schema")).get("format");
                    if (!format.equals(f)) {
                        out.add(op + " path parameter " + p.get("name") + " has format " + f + ", not " + format);
                    }
                }
            }
        }
        for (Entity e : files.design().requirements().entities()) {
            files.api().schema(Names.pascal(e.name())).ifPresent(s -> {
                Object f = Api.map(Api.map(s.get("properties")).get("id")).get("format");
                if (!format.equals(f)) {
                    out.add("schema " + Names.pascal(e.name()) + " has id format " + f + ", not " + format);
                }
            });
        }
        String security = files.text(SecurityContributor.PATH).toLowerCase(Locale.ROOT);
        if (!uuid && security.contains("uuid")) {
            out.add("security.md speaks of UUID identifiers while the schema's ids are " + sqlTypes);
        }
        if (!security.contains(uuid ? "uuid" : "bigint")) {
            out.add("security.md does not say identifiers are " + (uuid ? "uuid" : "bigint"));
        }
        return out;
    }
}
