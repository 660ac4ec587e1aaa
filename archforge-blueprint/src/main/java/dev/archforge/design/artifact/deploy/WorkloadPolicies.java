package dev.archforge.design.artifact.deploy;

import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.yaml.Commented;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What keeps a workload available and contained: its autoscaler (its own bounds from the design), its
 * disruption budget, and its network policy (in from the ingress controller, out to DNS, the stores,
 * the broker and HTTPS providers; the namespace's default policy denies everything else).
 */
final class WorkloadPolicies {
    static final String INGRESS_NAMESPACE = "ingress-nginx";

    private WorkloadPolicies() {}

    static Map<String, Object> autoscaler(Deployable d, String namespace, Replicas replicas) {
        Map<String, Object> hpa = K8s.object("autoscaling/v2", "HorizontalPodAutoscaler", d.name(), namespace);
        hpa.put(
                "spec",
                Yaml.map(
                        "scaleTargetRef", Yaml.map("apiVersion", "apps/v1", "kind", "Deployment", "name", d.name()),
                        "minReplicas", replicas.min(),
                        "maxReplicas", replicas.max(),
                        "metrics",
                                List.of(Yaml.map(
                                        "type",
                                        "Resource",
                                        "resource",
                                        Yaml.map(
                                                "name",
                                                "cpu",
                                                "target",
                                                Yaml.map("type", "Utilization", "averageUtilization", 70))))));
        return hpa;
    }

    static Map<String, Object> disruptionBudget(Deployable d, String namespace) {
        Map<String, Object> pdb = K8s.object("policy/v1", "PodDisruptionBudget", d.name(), namespace);
        pdb.put("spec", Yaml.map("maxUnavailable", 1, "selector", K8s.selector(d.name())));
        return pdb;
    }

    static Map<String, Object> networkPolicy(Deployable d, String namespace, Design design) {
        Map<String, Object> policy = K8s.object("networking.k8s.io/v1", "NetworkPolicy", d.name(), namespace);
        List<Object> egress = new ArrayList<>();
        egress.add(new Commented(
                "DNS",
                Yaml.map(
                        "to", List.of(K8s.namespaceSelector("kube-system")),
                        "ports", List.of(K8s.port("UDP", 53), K8s.port("TCP", 53)))));
        for (Store s : design.architecture().stores()) {
            int port = s == Store.OBJECT_STORAGE ? 443 : s.port();
            egress.add(new Commented(
                    s.title() + ": narrow with a 'to' ipBlock of its subnet once known",
                    Yaml.map("ports", List.of(K8s.port("TCP", port)))));
        }
        design.architecture().messaging().ifPresent(m -> brokerPort(m.broker())
                .ifPresent(port -> egress.add(
                        new Commented(m.broker().title(), Yaml.map("ports", List.of(K8s.port("TCP", port)))))));
        if (needsHttps(design)) {
            egress.add(new Commented(
                    "HTTPS to the identity provider and other providers",
                    Yaml.map("ports", List.of(K8s.port("TCP", 443)))));
        }
        policy.put(
                "spec",
                Yaml.map(
                        "podSelector", K8s.selector(d.name()),
                        "policyTypes", List.of("Ingress", "Egress"),
                        "ingress",
                                List.of(new Commented(
                                        "Only the ingress controller reaches the application",
                                        Yaml.map(
                                                "from", List.of(K8s.namespaceSelector(INGRESS_NAMESPACE)),
                                                "ports", List.of(K8s.port("TCP", AppRuntime.PORT))))),
                        "egress", egress));
        return policy;
    }

    private static java.util.Optional<Integer> brokerPort(Broker broker) {
        return switch (broker) {
            case KAFKA -> java.util.Optional.of(9092);
            case RABBITMQ -> java.util.Optional.of(5671);
            case SQS, POSTGRES_QUEUE -> java.util.Optional.empty();
        };
    }

    private static boolean needsHttps(Design design) {
        boolean sqs = design.architecture()
                .messaging()
                .map(m -> m.broker() == Broker.SQS)
                .orElse(false);
        return sqs
                || design.architecture().security().method() == AuthMethod.OIDC_JWT
                || design.requirements().has(Feature.PAYMENTS)
                || design.requirements().has(Feature.NOTIFICATIONS);
    }
}
