package dev.archforge.design.artifact.deploy;

import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.yaml.Commented;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Deployment of one deployable: its minimum replicas from the design, zone spreading, the three probes on
 * the health endpoints, the resources of one instance as the capacity plan sizes it (requests equal to
 * limits, so each pod gets the guaranteed share the plan counted), and a locked-down security context (non-root, read-only root
 * file system with a writable {@code /tmp}, no privilege escalation, no capabilities).
 */
final class Workload {
    private Workload() {}

    static Map<String, Object> deployment(
            Deployable d, String namespace, Deployment deployment, Replicas replicas, InstanceSize size) {
        Map<String, Object> manifest = K8s.object("apps/v1", "Deployment", d.name(), namespace);
        Map<String, Object> podSpec = Yaml.map(
                "automountServiceAccountToken",
                false,
                "terminationGracePeriodSeconds",
                30,
                "securityContext",
                Yaml.map(
                        "runAsNonRoot", true,
                        "runAsUser", AppRuntime.UID,
                        "runAsGroup", AppRuntime.UID,
                        "fsGroup", AppRuntime.UID,
                        "seccompProfile", Yaml.map("type", "RuntimeDefault")));
        if (deployment.zones() > 1) {
            podSpec.put(
                    "topologySpreadConstraints",
                    List.of(Yaml.map(
                            "maxSkew",
                            1,
                            "topologyKey",
                            "topology.kubernetes.io/zone",
                            "whenUnsatisfiable",
                            "ScheduleAnyway",
                            "labelSelector",
                            K8s.selector(d.name()))));
        }
        podSpec.put("containers", List.of(container(d, size)));
        podSpec.put("volumes", List.of(Yaml.map("name", "tmp", "emptyDir", Yaml.map("sizeLimit", "256Mi"))));
        manifest.put(
                "spec",
                Yaml.map(
                        "replicas", replicas.min(),
                        "revisionHistoryLimit", 5,
                        "selector", K8s.selector(d.name()),
                        "strategy",
                                Yaml.map(
                                        "type",
                                        "RollingUpdate",
                                        "rollingUpdate",
                                        Yaml.map("maxSurge", 1, "maxUnavailable", 0)),
                        "template",
                                Yaml.map(
                                        "metadata",
                                        Yaml.map("labels", K8s.labels(d.name(), namespace)),
                                        "spec",
                                        podSpec)));
        return manifest;
    }

    private static Map<String, Object> container(Deployable d, InstanceSize size) {
        List<Object> envFrom = new ArrayList<>();
        envFrom.add(Yaml.map("configMapRef", Yaml.map("name", d.name() + "-config")));
        envFrom.add(new Commented(
                "Created outside this folder (external-secrets or kubectl create secret): database password,"
                        + "\nOIDC client secret, provider API keys.",
                Yaml.map("secretRef", Yaml.map("name", d.name() + "-secrets"))));
        return Yaml.map(
                "name", "app",
                "image", new Commented("CI replaces this with the image it pushed, by digest", d.name() + ":dev"),
                "imagePullPolicy", "IfNotPresent",
                "ports", List.of(Yaml.map("name", "http", "containerPort", AppRuntime.PORT)),
                "envFrom", envFrom,
                "resources",
                        Yaml.map(
                                "requests", Yaml.map("cpu", size.cpu(), "memory", size.memory()),
                                "limits", Yaml.map("cpu", size.cpu(), "memory", size.memory())),
                "startupProbe", probe(AppRuntime.LIVENESS_PATH, 5, 24),
                "livenessProbe", probe(AppRuntime.LIVENESS_PATH, 10, 3),
                "readinessProbe", probe(AppRuntime.READINESS_PATH, 5, 3),
                "securityContext",
                        Yaml.map(
                                "allowPrivilegeEscalation", false,
                                "readOnlyRootFilesystem", true,
                                "capabilities", Yaml.map("drop", List.of("ALL"))),
                "volumeMounts", List.of(Yaml.map("name", "tmp", "mountPath", "/tmp")));
    }

    private static Map<String, Object> probe(String path, int periodSeconds, int failureThreshold) {
        return Yaml.map(
                "httpGet",
                Yaml.map("path", path, "port", "http"),
                "periodSeconds",
                periodSeconds,
                "timeoutSeconds",
                2,
                "failureThreshold",
                failureThreshold);
    }
}
