package dev.archforge.design.artifact.deploy;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.yaml.Commented;
import dev.archforge.design.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code deploy/k8s/}: when the platform is Kubernetes, a namespace with a default-deny
 * network policy, one multi-document file per deployable (ConfigMap, Deployment, Service,
 * HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy) and the Ingress. Other platforms get
 * no manifests: the README's deployment section says what stands in for them.
 */
public final class KubernetesContributor implements Contributor {
    public static final String FOLDER = "deploy/k8s/";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        if (!PlatformNotes.hasManifests(design)) {
            return;
        }
        String namespace = design.requirements().system().name();
        Deployment deployment = design.architecture().deployment();
        List<Deployable> deployables = Deployables.of(design);
        blueprint.add(FOLDER + "namespace.yaml", documents(Exposure.namespace(namespace)));
        for (Deployable d : deployables) {
            Replicas replicas = Deployables.replicas(design, d);
            blueprint.add(
                    FOLDER + d.name() + ".yaml",
                    documents(List.<Object>of(
                            Exposure.configMap(d, namespace, design),
                            Workload.deployment(d, namespace, deployment, replicas, InstanceSize.of(design)),
                            Exposure.service(d, namespace),
                            WorkloadPolicies.autoscaler(d, namespace, replicas),
                            WorkloadPolicies.disruptionBudget(d, namespace),
                            WorkloadPolicies.networkPolicy(d, namespace, design))));
        }
        blueprint.add(FOLDER + "ingress.yaml", documents(List.<Object>of(Exposure.ingress(deployables, namespace))));
    }

    private static String documents(List<Object> manifests) {
        List<String> texts = new ArrayList<>();
        for (Object m : manifests) {
            if (m instanceof Commented c) {
                texts.add("# " + c.comment().replace("\n", "\n# ") + "\n" + YamlWriter.write(c.value()));
            } else {
                texts.add(YamlWriter.write(m));
            }
        }
        return Yaml.documents(texts);
    }
}
