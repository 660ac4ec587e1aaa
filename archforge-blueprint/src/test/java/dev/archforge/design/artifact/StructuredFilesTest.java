package dev.archforge.design.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.docs.DecisionsJson;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Store;
import dev.archforge.design.testing.SampleDesigns;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The YAML and JSON artifacts parse back, and hold what the design says. */
class StructuredFilesTest {
    private static final Blueprint FITNESS = Artifacts.blueprint(SampleDesigns.fitness());
    private static final Blueprint K8S = Artifacts.blueprint(TestDesigns.kubernetesMicroservices());

    static List<Object> yaml(String text) {
        List<Object> docs = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(text).forEach(docs::add);
        return docs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    static Object at(Object root, Object... path) {
        Object node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? list(node).get(i) : map(node).get(step);
        }
        return node;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fitness", "fitness-k8s"})
    void everyYamlFileParses(String name) {
        Blueprint blueprint = Artifacts.blueprint(TestDesigns.all().get(name));
        List<String> yamlFiles = blueprint.files().keySet().stream()
                .filter(p -> p.endsWith(".yml") || p.endsWith(".yaml"))
                .toList();
        assertThat(yamlFiles).contains("deploy/docker-compose.yml", ".github/workflows/ci.yml");
        for (String path : yamlFiles) {
            List<Object> docs = yaml(blueprint.file(path));
            assertThat(docs).as(path).isNotEmpty().allSatisfy(d -> assertThat(d).isInstanceOf(Map.class));
        }
    }

    @Test
    void composeRunsTheChosenStoresWithHealthChecksAndVolumes() {
        Object compose = yaml(FITNESS.file("deploy/docker-compose.yml")).get(0);
        assertThat(map(at(compose, "services")).keySet()).containsExactly("fittrack", "postgres", "redis");
        assertThat(at(compose, "services", "postgres", "image")).isEqualTo(Store.POSTGRESQL.image());
        assertThat(at(compose, "services", "redis", "image")).isEqualTo(Store.REDIS.image());
        assertThat(at(compose, "services", "fittrack", "build", "dockerfile")).isEqualTo("deploy/Dockerfile");
        assertThat(map(at(compose, "services", "fittrack", "depends_on")).keySet())
                .containsExactly("postgres", "redis");
        for (Object service : map(at(compose, "services")).values()) {
            assertThat(map(service)).containsKey("healthcheck");
        }
        assertThat(map(at(compose, "volumes")).keySet()).containsExactly("postgres-data", "redis-data");
        assertThat(at(compose, "services", "fittrack", "environment", "DATABASE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/fittrack");
    }

    @Test
    void composeAddsTheBrokerAndSearchWhenChosen() {
        Object compose = yaml(K8S.file("deploy/docker-compose.yml")).get(0);
        assertThat(map(at(compose, "services")).keySet())
                .containsExactly(
                        "fittrack-accounts",
                        "fittrack-training",
                        "fittrack-progress",
                        "postgres",
                        "redis",
                        "opensearch",
                        "kafka",
                        "kafka-topics");
        assertThat(at(compose, "services", "kafka", "image")).isEqualTo("apache/kafka:3.9.0");
        assertThat(at(compose, "services", "fittrack-training", "build", "args", "SERVICE"))
                .isEqualTo("training");
        assertThat(at(compose, "services", "fittrack-progress", "ports", 0)).isEqualTo("127.0.0.1:8082:8080");
    }

    @Test
    void kubernetesManifestsOnlyForKubernetes() {
        assertThat(FITNESS.files().keySet()).noneMatch(p -> p.startsWith("deploy/k8s/"));
        assertThat(K8S.files().keySet().stream().filter(p -> p.startsWith("deploy/k8s/")))
                .containsExactly(
                        "deploy/k8s/fittrack-accounts.yaml",
                        "deploy/k8s/fittrack-progress.yaml",
                        "deploy/k8s/fittrack-training.yaml",
                        "deploy/k8s/ingress.yaml",
                        "deploy/k8s/namespace.yaml");
    }

    @Test
    void eachWorkloadHasItsSixObjects() {
        List<Object> docs = yaml(K8S.file("deploy/k8s/fittrack-training.yaml"));
        assertThat(docs.stream().map(d -> at(d, "kind")))
                .containsExactly(
                        "ConfigMap",
                        "Deployment",
                        "Service",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "NetworkPolicy");
        Object deployment = docs.get(1);
        assertThat(at(deployment, "spec", "replicas")).isEqualTo(3);
        Object container = at(deployment, "spec", "template", "spec", "containers", 0);
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/live");
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/ready");
        assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/health/live");
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        // a hand-built plan sizes no instance: the runtime's default, which equals the planner's size
        assertThat(at(container, "resources", "requests", "cpu")).isEqualTo("2");
        assertThat(at(container, "resources", "limits", "memory")).isEqualTo("2048Mi");
        assertThat(at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"))
                .isEqualTo(true);
        assertThat(at(docs.get(3), "spec", "minReplicas")).isEqualTo(3);
        assertThat(at(docs.get(3), "spec", "maxReplicas")).isEqualTo(12);
        Object accounts = yaml(K8S.file("deploy/k8s/fittrack-accounts.yaml")).get(3);
        assertThat(at(accounts, "spec", "minReplicas")).isEqualTo(3);
        assertThat(at(accounts, "spec", "maxReplicas")).isEqualTo(6);
        assertThat(at(docs.get(5), "spec", "ingress", 0, "from", 0, "namespaceSelector", "matchLabels"))
                .isEqualTo(Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
        assertThat(list(at(docs.get(5), "spec", "egress")).stream().map(e -> at(e, "ports", 0, "port")))
                .containsExactly(53, 5432, 6379, 9200, 9092, 443);
        List<Object> namespace = yaml(K8S.file("deploy/k8s/namespace.yaml"));
        assertThat(at(namespace.get(1), "spec", "podSelector")).isEqualTo(Map.of());
        assertThat(at(namespace.get(1), "spec", "policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
    }

    @Test
    void ciGatesOnArchforgeReview() {
        Object ci = yaml(FITNESS.file(".github/workflows/ci.yml")).get(0);
        assertThat(map(at(ci, "jobs")).keySet()).containsExactly("build", "image", "deploy");
        assertThat(map(ci)).containsKey("on");
        assertThat(list(at(ci, "jobs", "build", "steps")).stream().map(s -> map(s).get("run")))
                .contains("archforge review api/openapi.yaml db/migration --fail-on warning");
        Object k8s = yaml(K8S.file(".github/workflows/ci.yml")).get(0);
        assertThat(at(k8s, "jobs", "image", "strategy", "matrix", "service"))
                .isEqualTo(List.of("accounts", "training", "progress"));
        assertThat((String) at(k8s, "jobs", "deploy", "steps", 1, "run")).startsWith("kubectl apply -f deploy/k8s/");
    }

    @Test
    void decisionsJsonParsesAndHoldsTheDesign() throws IOException {
        Object json = JsonTree.parse(FITNESS.file("decisions.json"));
        assertThat(map(json).keySet())
                .containsExactly(
                        "system", "decisions", "architecture", "capacity", "warnings", "questions", "assumptions");
        assertThat(at(json, "decisions", 0, "id")).isEqualTo("architecture-style");
        assertThat(at(json, "decisions", 0, "area")).isEqualTo("architecture");
        assertThat(at(json, "decisions", 0, "adr")).isEqualTo("adr/0001-architecture-style.md");
        assertThat(at(json, "decisions", 0, "alternatives", 0, "whyNot"))
                .isEqualTo("One team cannot run many services well.");
        assertThat(at(json, "architecture", "style")).isEqualTo("modular-monolith");
        assertThat(at(json, "architecture", "messaging", "broker")).isEqualTo("postgres-queue");
        assertThat(at(json, "architecture", "deployment", "replicas"))
                .isEqualTo(List.of(Map.of("deployable", "fittrack", "min", 2L, "max", 6L)));
        assertThat(at(json, "capacity", 0, "quantities", 1, "value")).isEqualTo(97.2);
        assertThat(at(json, "questions", 0, "affects")).isEqualTo(List.of("deployment-scaling"));
        Object k8s = JsonTree.parse(K8S.file("decisions.json"));
        assertThat(at(k8s, "decisions", 1, "adr")).isEqualTo("adr/0002-authentication-oidc-tokens.md");
        assertThat(at(k8s, "warnings", 0, "location", "line")).isEqualTo(120L);
    }

    @Test
    void messagingIsNullWithoutMessaging() throws IOException {
        Design d = SampleDesigns.fitness();
        var a = d.architecture();
        Design none = new Design(
                d.requirements(),
                d.decisions(),
                new dev.archforge.design.plan.Architecture(
                        a.style(),
                        a.components(),
                        a.stores(),
                        Optional.empty(),
                        a.security(),
                        a.indexes(),
                        a.cache(),
                        a.rateLimit(),
                        a.deployment(),
                        a.recovery()),
                d.capacity(),
                d.warnings(),
                d.questions());
        assertThat(at(JsonTree.parse(DecisionsJson.toJson(none)), "architecture", "messaging"))
                .isEqualTo(Optional.empty());
    }

    @Test
    void writesToAWriterWithoutClosingIt() throws IOException {
        StringBuilder sink = new StringBuilder();
        boolean[] closed = {false};
        Writer writer = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                sink.append(buf, off, len);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        DecisionsJson.write(SampleDesigns.fitness(), writer);
        assertThat(closed[0]).isFalse();
        assertThat(sink.toString()).isEqualTo(FITNESS.file("decisions.json")).endsWith("}\n");
        StringWriter again = new StringWriter();
        DecisionsJson.write(SampleDesigns.fitness(), again);
        assertThat(again.toString()).isEqualTo(sink.toString());
    }
}
