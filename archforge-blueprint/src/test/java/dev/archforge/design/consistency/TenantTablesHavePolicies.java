package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tenant isolation decided: every table that carries {@code tenant_id} enables and forces row-level
 * security and has a policy, except the tables read before a tenant is known, each with its reason.
 */
final class TenantTablesHavePolicies implements Implication {
    /** Tables with tenant_id that are read to find the tenant, so no policy can hide their rows. */
    static final Map<String, String> BEFORE_THE_TENANT =
            Map.of("api_keys", "a machine's key is looked up to learn which tenant it belongs to");

    @Override
    public String id() {
        return "tenant-tables-have-policies";
    }

    @Override
    public String statement() {
        return "when tenants are isolated, every table of db/migration/V1__init.sql with tenant_id enables and forces"
                + " row-level security and has a policy";
    }

    @Override
    public boolean applies(Design design) {
        return design.architecture().security().tenantIsolation();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        String sql = files.sql().text();
        for (Table table : files.sql().tables()) {
            String name = table.name().name();
            if (table.column(TenantReferencesStayInTenant.TENANT).isEmpty()
                    || BEFORE_THE_TENANT.containsKey(name)
                    || table.partitionOf().isPresent()) {
                continue;
            }
            String quoted = "\"?" + Pattern.quote(name) + "\"?";
            for (String what : List.of("ENABLE", "FORCE")) {
                if (!Pattern.compile("ALTER TABLE " + quoted + " " + what + " ROW LEVEL SECURITY")
                        .matcher(sql)
                        .find()) {
                    out.add("table " + name + " does not " + what.toLowerCase(java.util.Locale.ROOT)
                            + " row-level security");
                }
            }
            if (!Pattern.compile("CREATE POLICY \\S+ ON " + quoted + "\\s")
                    .matcher(sql)
                    .find()) {
                out.add("table " + name + " has no row-level security policy");
            }
        }
        return out;
    }
}
