package dev.archforge.design.artifact.deploy;

import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Platform;

/**
 * How to run the images on the chosen platform, in a paragraph for the README. Kubernetes gets
 * manifests under {@code deploy/k8s/}; the other platforms get this note instead, naming the
 * cloud's equivalent service and the settings that mirror the manifests.
 */
public final class PlatformNotes {
    private PlatformNotes() {}

    /** True when the blueprint carries Kubernetes manifests. */
    public static boolean hasManifests(Design design) {
        return design.architecture().deployment().platform() == Platform.KUBERNETES;
    }

    public static String of(Design design) {
        Deployment d = design.architecture().deployment();
        String cloud = design.requirements().constraints().cloud();
        String scaling = (d.uniform()
                        ? d.replicas().get(0).min() + " to "
                                + d.replicas().get(0).max() + " instances per deployable"
                        : d.ranges() + " instances")
                + " across " + d.zones()
                + (d.zones() == 1 ? " zone" : " zones")
                + (d.regions() > 1 ? " in each of " + d.regions() + " regions" : "");
        String health = "readiness check on `" + AppRuntime.READINESS_PATH + "`, liveness on `"
                + AppRuntime.LIVENESS_PATH + "`, port " + AppRuntime.PORT;
        return switch (d.platform()) {
            case KUBERNETES ->
                "Kubernetes: `deploy/k8s/` holds one manifest per deployable (Deployment, Service, "
                        + "HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy, ConfigMap), a default-deny "
                        + "network policy and the Ingress. Autoscaling runs " + scaling + "; probes use the " + health
                        + ". Secrets come from a Secret named `<deployable>-secrets`, created outside this folder.";
            case CONTAINERS ->
                "Containers on " + containers(cloud) + ": run the image built from `deploy/Dockerfile` "
                        + "as a service of " + scaling + ", behind the cloud's load balancer, with a " + health
                        + ". No Kubernetes manifests: the design does not need a cluster. Secrets come from the cloud's "
                        + "secret store as environment variables.";
            case PAAS ->
                "Managed platform (" + paas(cloud) + "): deploy the image built from `deploy/Dockerfile` with "
                        + scaling + " and a " + health + ". No Kubernetes manifests: the platform provides routing, "
                        + "TLS and scaling. Secrets come from the platform's secret settings.";
            case SERVERLESS ->
                "Serverless (" + functions(cloud) + "): each component is a function behind the managed "
                        + "API gateway; `deploy/Dockerfile` builds a container image usable for local development and "
                        + "container-image functions. Concurrency limits stand in for replicas (" + scaling
                        + "). No Kubernetes manifests.";
        };
    }

    private static String containers(String cloud) {
        return switch (cloud) {
            case "aws" -> "Amazon ECS with Fargate";
            case "gcp" -> "Google Cloud Run";
            case "azure" -> "Azure Container Apps";
            default -> "a managed container service";
        };
    }

    private static String paas(String cloud) {
        return switch (cloud) {
            case "aws" -> "AWS App Runner";
            case "gcp" -> "Google App Engine";
            case "azure" -> "Azure App Service";
            default -> "a platform as a service";
        };
    }

    private static String functions(String cloud) {
        return switch (cloud) {
            case "aws" -> "AWS Lambda with API Gateway";
            case "gcp" -> "Google Cloud Functions";
            case "azure" -> "Azure Functions";
            default -> "managed functions";
        };
    }
}
