package dev.archforge.design.artifact.deploy;

import java.util.Map;

/** Shared pieces of the Kubernetes manifests: object headers and the labels that select a workload. */
final class K8s {
    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String PART_OF_LABEL = "app.kubernetes.io/part-of";

    private K8s() {}

    /** {@code apiVersion}, {@code kind} and {@code metadata} of an object in the system's namespace. */
    static Map<String, Object> object(String apiVersion, String kind, String name, String namespace) {
        return object(apiVersion, kind, name, name, namespace);
    }

    /** An object named {@code name} that belongs to {@code workload} (a workload's ConfigMap). */
    static Map<String, Object> object(String apiVersion, String kind, String name, String workload, String namespace) {
        return Yaml.map(
                "apiVersion", apiVersion,
                "kind", kind,
                "metadata", Yaml.map("name", name, "namespace", namespace, "labels", labels(workload, namespace)));
    }

    static Map<String, Object> labels(String workload, String system) {
        return Yaml.map(NAME_LABEL, workload, PART_OF_LABEL, system);
    }

    static Map<String, Object> selector(String workload) {
        return Yaml.map("matchLabels", Yaml.map(NAME_LABEL, workload));
    }

    static Map<String, Object> namespaceSelector(String namespace) {
        return Yaml.map(
                "namespaceSelector", Yaml.map("matchLabels", Yaml.map("kubernetes.io/metadata.name", namespace)));
    }

    static Map<String, Object> port(String protocol, int port) {
        return Yaml.map("protocol", protocol, "port", port);
    }
}
