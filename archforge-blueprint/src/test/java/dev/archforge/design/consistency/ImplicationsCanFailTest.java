package dev.archforge.design.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.deploy.ComposeContributor;
import dev.archforge.design.artifact.docs.SecurityContributor;
import dev.archforge.design.artifact.openapi.OpenApiContributor;
import dev.archforge.design.artifact.sql.SqlContributor;
import dev.archforge.design.testing.AllDesigns;
import dev.archforge.design.yaml.YamlWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Each implication is live: an example blueprint keeps it, and the same blueprint with the one thing
 * it implies taken out breaks it, with the message that names the place.
 */
class ImplicationsCanFailTest {
    private static DesignFiles example(String name) {
        return DesignFiles.of(AllDesigns.examples().stream()
                .filter(n -> n.name().equals("example/" + name))
                .findFirst()
                .orElseThrow()
                .design());
    }

    /** The messages of {@code implication} on the example, kept first, then on the {@code changed} files. */
    private static List<String> broken(Implication implication, DesignFiles files, DesignFiles changed) {
        assertThat(implication.applies(files.design())).as("applies").isTrue();
        assertThat(implication.broken(files)).as("the example keeps it").isEmpty();
        return implication.broken(changed);
    }

    private static DesignFiles replace(DesignFiles files, String path, String from, String to) {
        String text = files.text(path);
        assertThat(text).as(path).contains(from);
        return files.with(path, text.replace(from, to));
    }

    @SuppressWarnings("unchecked")
    private static DesignFiles api(DesignFiles files, Consumer<Map<String, Object>> change) {
        Map<String, Object> doc = (Map<String, Object>)
                new Load(LoadSettings.builder().build()).loadFromString(files.text(OpenApiContributor.PATH));
        change.accept(doc);
        return files.with(OpenApiContributor.PATH, YamlWriter.write(doc));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> node, String... path) {
        Map<String, Object> out = node;
        for (String step : path) {
            out = (Map<String, Object>) out.get(step);
        }
        return out;
    }

    @Test
    void appendOnlyRecordsStay() {
        DesignFiles f = example("telemetry");
        DesignFiles changed = api(f, d -> at(d, "paths", "/readings/{readingId}")
                .put("delete", Map.of("operationId", "deleteReading", "responses", Map.of())));
        assertThat(broken(new AppendOnlyRecordsStay(), f, changed))
                .containsExactly("DELETE /readings/{readingId} changes the append-only Reading");
    }

    @Test
    void auditLogIsAppendOnly() {
        DesignFiles f = example("b2b-saas");
        DesignFiles changed = replace(
                f,
                SqlContributor.PATH,
                "CREATE TRIGGER audit_log_reject_change BEFORE UPDATE OR DELETE ON audit_log",
                "CREATE TRIGGER audit_log_reject_change BEFORE INSERT ON audit_log");
        assertThat(broken(new AuditLogIsAppendOnly(), f, changed))
                .containsExactly("nothing stops an UPDATE or DELETE on audit_log (no trigger, no REVOKE)");
    }

    @Test
    void batchCreatesHaveEndpoints() {
        DesignFiles f = example("telemetry");
        DesignFiles changed = api(f, d -> at(
                        d, "paths", "/readings/batch", "post", "requestBody", "content", "application/json", "schema")
                .remove("maxItems"));
        assertThat(broken(new BatchCreatesHaveEndpoints(), f, changed))
                .containsExactly("the batch of Reading has no maxItems");
    }

    @Test
    void deadLettersHaveAHome() {
        DesignFiles kafka = example("chat");
        assertThat(broken(
                        new DeadLettersHaveAHome(),
                        kafka,
                        replace(kafka, ComposeContributor.PATH, "--topic message-posted-dlq", "--topic parked")))
                .containsExactly("deploy/docker-compose.yml does not declare the dead-letter queue message-posted-dlq");
        DesignFiles queue = example("fitness");
        assertThat(broken(
                        new DeadLettersHaveAHome(),
                        queue,
                        replace(queue, SqlContributor.PATH, "CREATE TABLE dead_letters", "CREATE TABLE parked")))
                .containsExactly(
                        "db/migration/V1__init.sql has no table dead_letters",
                        "db/migration/V1__init.sql does not declare the dead-letter queue workout-completed-dlq");
    }

    @Test
    void gdprHasExportAndErasure() {
        DesignFiles f = example("fitness");
        DesignFiles changed = api(f, d -> at(d, "paths").remove("/me/export"));
        assertThat(broken(new GdprHasExportAndErasure(), f, changed))
                .containsExactly("api/openapi.yaml has no GET /me/export");
    }

    @Test
    void idempotentCreatesTakeKeys() {
        DesignFiles f = example("internal-tool");
        DesignFiles changed = api(f, d -> at(d, "paths", "/me/bookings", "post").remove("parameters"));
        assertThat(broken(new IdempotentCreatesTakeKeys(), f, changed))
                .containsExactly("POST /me/bookings takes no Idempotency-Key header");
    }

    @Test
    void identifiersAgree() {
        DesignFiles f = example("fitness");
        DesignFiles changed = replace(f, SecurityContributor.PATH, "Identifiers are bigint", "Identifiers are UUID");
        assertThat(broken(new IdentifiersAgree(), f, changed))
                .containsExactly(
                        "security.md speaks of UUID identifiers while the schema's ids are [bigint]",
                        "security.md does not say identifiers are bigint");
    }

    @Test
    void invariantsAreChecked() {
        DesignFiles f = example("marketplace");
        DesignFiles changed = replace(f, SqlContributor.PATH, "CHECK (stock >= 0)", "CHECK (stock IS NOT NULL)");
        assertThat(broken(new InvariantsAreChecked(), f, changed))
                .containsExactly("table products has no CHECK (stock>=0)");
    }

    @Test
    void kubernetesRequestsMatchCapacity() {
        DesignFiles f = example("marketplace");
        String path = "deploy/k8s/bazaar.yaml";
        DesignFiles changed = f.with(path, f.text(path).replaceFirst("memory: 2048Mi", "memory: 768Mi"));
        assertThat(broken(new KubernetesRequestsMatchCapacity(), f, changed))
                .containsExactly(path + ": requests memory 768Mi, the plan sizes 2048.0 MB per instance");
    }

    @Test
    void machineActorsUseApiKeys() {
        DesignFiles f = example("telemetry");
        DesignFiles changed = api(f, d -> at(d, "paths", "/readings", "post")
                .put("security", List.of(Map.of("oauth2", List.of("readings:write")))));
        assertThat(broken(new MachineActorsUseApiKeys(), f, changed))
                .containsExactly("POST /readings (access pattern ingest-reading of device) does not accept an API key");
    }

    @Test
    void naturalKeysAreUnique() {
        DesignFiles f = example("telemetry");
        DesignFiles changed =
                replace(f, SqlContributor.PATH, "CREATE UNIQUE INDEX readings_", "CREATE INDEX readings_");
        assertThat(broken(new NaturalKeysAreUnique(), f, changed))
                .containsExactly("table readings has no unique key on [device_id, recorded_at, metric]");
    }

    @Test
    void optimisticLockingInApi() {
        DesignFiles f = example("internal-tool");
        DesignFiles changed =
                api(f, d -> at(d, "paths", "/bookings/{bookingId}", "patch").remove("parameters"));
        assertThat(broken(new OptimisticLockingInApi(), f, changed))
                .containsExactly("PATCH /bookings/{bookingId} does not require If-Match");
    }

    @Test
    void outboxHasTable() {
        DesignFiles f = example("fitness");
        DesignFiles changed = replace(f, SqlContributor.PATH, "CREATE TABLE outbox_events", "CREATE TABLE events");
        assertThat(broken(new OutboxHasTable(), f, changed))
                .containsExactly("db/migration/V1__init.sql has no table outbox_events");
    }

    @Test
    void serverFieldsAreReadOnly() {
        DesignFiles f = example("fitness");
        DesignFiles changed = api(f, d -> at(d, "components", "schemas", "PlanUpdate", "properties")
                .put("state", Map.of("type", "string")));
        assertThat(broken(new ServerFieldsAreReadOnly(), f, changed))
                .containsExactly("schema PlanUpdate lets a client set state");
    }

    @Test
    void sessionsHaveTable() {
        DesignFiles f = example("internal-tool");
        DesignFiles changed = replace(
                f, SqlContributor.PATH, "    expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days',\n", "");
        assertThat(broken(new SessionsHaveTable(), f, changed)).containsExactly("table sessions has no expires_at");
    }

    @Test
    void statesChangeThroughActions() {
        DesignFiles f = example("fitness");
        DesignFiles changed = api(f, d -> at(d, "paths").remove("/plans/{planId}/publish"));
        assertThat(broken(new StatesChangeThroughActions(), f, changed))
                .containsExactly("no POST /plans/{planId}/publish moves Plan to published");
    }

    @Test
    void tenantReferencesStayInTenant() {
        DesignFiles f = example("b2b-saas");
        DesignFiles changed = replace(
                f,
                SqlContributor.PATH,
                "FOREIGN KEY (tenant_id, manager_id) REFERENCES users (tenant_id, id)",
                "FOREIGN KEY (manager_id) REFERENCES users (id)");
        assertThat(broken(new TenantReferencesStayInTenant(), f, changed))
                .containsExactly("foreign key cost_centers [manager_id] → users does not include tenant_id: a row can"
                        + " point into another tenant");
    }

    @Test
    void tenantTablesHavePolicies() {
        DesignFiles f = example("b2b-saas");
        DesignFiles changed = replace(f, SqlContributor.PATH, "ALTER TABLE expenses FORCE ROW LEVEL SECURITY;\n", "");
        assertThat(broken(new TenantTablesHavePolicies(), f, changed))
                .containsExactly("table expenses does not force row-level security");
    }

    @Test
    void timeSeriesTablesAreSplit() {
        DesignFiles f = example("telemetry");
        DesignFiles changed = replace(f, SqlContributor.PATH, ") PARTITION BY RANGE (recorded_at);", ");");
        assertThat(broken(new TimeSeriesTablesAreSplit(), f, changed))
                .containsExactly("table readings is not created PARTITION BY RANGE (recorded_at)");
    }

    /** Every registered implication has its test above. */
    @Test
    void everyImplicationHasAFailingCase() throws NoSuchMethodException {
        for (Implication i : Implications.ALL) {
            String name = i.getClass().getSimpleName();
            String method = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            assertThat(getClass().getDeclaredMethod(method)).as(i.id()).isNotNull();
        }
    }
}
