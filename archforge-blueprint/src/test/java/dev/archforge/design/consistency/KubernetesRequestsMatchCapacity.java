package dev.archforge.design.consistency;

import dev.archforge.design.artifact.deploy.KubernetesContributor;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The capacity plan sizes one instance (vCPUs and memory): every Kubernetes Deployment requests
 * exactly that for its application container, so the cluster schedules what the plan counted.
 */
final class KubernetesRequestsMatchCapacity implements Implication {
    static final String CORES = "compute.cores-per-instance";
    static final String MEMORY = "compute.memory-per-instance";

    @Override
    public String id() {
        return "kubernetes-requests-match-capacity";
    }

    @Override
    public String statement() {
        return "when the capacity plan sizes an instance and the blueprint has Kubernetes manifests, every"
                + " Deployment in deploy/k8s/ requests that many vCPUs and that much memory";
    }

    @Override
    public boolean applies(Design design) {
        return quantity(design.capacity(), CORES).isPresent()
                && quantity(design.capacity(), MEMORY).isPresent();
    }

    static Optional<Quantity> quantity(CapacityPlan plan, String id) {
        return plan.sections().stream()
                .flatMap(s -> s.quantities().stream())
                .filter(q -> q.id().equals(id))
                .findFirst();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        double cores = files.design().capacity().value(CORES);
        double megabytes = files.design().capacity().value(MEMORY);
        for (String path : files.under(KubernetesContributor.FOLDER)) {
            for (Object doc : files.yaml(path)) {
                Map<String, Object> d = Api.map(doc);
                if (!"Deployment".equals(d.get("kind"))) {
                    continue;
                }
                Map<String, Object> spec =
                        Api.map(Api.map(Api.map(d.get("spec")).get("template")).get("spec"));
                for (Object c : Api.list(spec.get("containers"))) {
                    Map<String, Object> requests =
                            Api.map(Api.map(Api.map(c).get("resources")).get("requests"));
                    if (cpu(requests.get("cpu")) != cores) {
                        out.add(path + ": requests cpu " + requests.get("cpu") + ", the plan sizes " + cores
                                + " vCPU per instance");
                    }
                    if (mebibytes(requests.get("memory")) != megabytes) {
                        out.add(path + ": requests memory " + requests.get("memory") + ", the plan sizes " + megabytes
                                + " MB per instance");
                    }
                }
            }
        }
        return out;
    }

    private static double cpu(Object value) {
        String s = String.valueOf(value);
        return s.endsWith("m") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 1000 : Double.parseDouble(s);
    }

    private static double mebibytes(Object value) {
        String s = String.valueOf(value);
        if (s.endsWith("Gi")) {
            return Double.parseDouble(s.substring(0, s.length() - 2)) * 1024;
        }
        return s.endsWith("Mi") ? Double.parseDouble(s.substring(0, s.length() - 2)) : Double.NaN;
    }
}
