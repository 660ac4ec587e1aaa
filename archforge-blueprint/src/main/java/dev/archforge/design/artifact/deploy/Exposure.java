package dev.archforge.design.artifact.deploy;

import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.RateLimit;
import dev.archforge.design.yaml.Commented;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How workloads are reached and configured: the namespace with its default-deny policy, each
 * workload's Service and ConfigMap, and the Ingress routing collections to the deployable that
 * serves them.
 */
final class Exposure {
    private Exposure() {}

    static List<Object> namespace(String namespace) {
        Map<String, Object> ns = Yaml.map(
                "apiVersion", "v1",
                "kind", "Namespace",
                "metadata",
                        Yaml.map(
                                "name",
                                namespace,
                                "labels",
                                Yaml.map(
                                        "pod-security.kubernetes.io/enforce",
                                        "restricted",
                                        K8s.PART_OF_LABEL,
                                        namespace)));
        Map<String, Object> deny =
                K8s.object("networking.k8s.io/v1", "NetworkPolicy", "default-deny", namespace, namespace);
        deny.put("spec", Yaml.map("podSelector", Map.of(), "policyTypes", List.of("Ingress", "Egress")));
        return List.of(ns, new Commented("Nothing goes in or out unless a workload's policy allows it", deny));
    }

    static Map<String, Object> service(Deployable d, String namespace) {
        Map<String, Object> service = K8s.object("v1", "Service", d.name(), namespace);
        service.put(
                "spec",
                Yaml.map(
                        "selector", Yaml.map(K8s.NAME_LABEL, d.name()),
                        "ports", List.of(Yaml.map("name", "http", "port", 80, "targetPort", "http"))));
        return service;
    }

    static Map<String, Object> configMap(Deployable d, String namespace, Design design) {
        Map<String, Object> config = K8s.object("v1", "ConfigMap", d.name() + "-config", d.name(), namespace);
        RateLimit limit = design.architecture().rateLimit();
        config.put(
                "data",
                Yaml.map(
                        "SERVER_PORT", Integer.toString(AppRuntime.PORT),
                        "LOG_FORMAT", "json",
                        "OTEL_SERVICE_NAME", d.name(),
                        "RATE_LIMIT_PER_USER_PER_MINUTE", Integer.toString(limit.perUserPerMinute()),
                        "RATE_LIMIT_BURST", Integer.toString(limit.burst()),
                        "RATE_LIMIT_ANONYMOUS_PER_MINUTE", Integer.toString(limit.anonymousPerMinute())));
        return config;
    }

    static Map<String, Object> ingress(List<Deployable> deployables, String namespace) {
        Map<String, Object> ingress = K8s.object("networking.k8s.io/v1", "Ingress", namespace, namespace);
        List<Object> paths = new ArrayList<>();
        for (Deployable d : deployables) {
            List<String> prefixes = deployables.size() == 1
                    ? List.of("/")
                    : d.entities().stream().map(e -> "/" + Names.collection(e)).toList();
            for (String prefix : prefixes) {
                paths.add(Yaml.map(
                        "path",
                        prefix,
                        "pathType",
                        "Prefix",
                        "backend",
                        Yaml.map("service", Yaml.map("name", d.name(), "port", Yaml.map("name", "http")))));
            }
        }
        String host = "api." + namespace + ".example.com";
        ingress.put(
                "spec",
                Yaml.map(
                        "ingressClassName", "nginx",
                        "tls", List.of(Yaml.map("hosts", List.of(host), "secretName", namespace + "-tls")),
                        "rules",
                                List.of(new Commented(
                                        "Replace the example host with the API's public name",
                                        Yaml.map("host", host, "http", Yaml.map("paths", paths))))));
        return ingress;
    }
}
