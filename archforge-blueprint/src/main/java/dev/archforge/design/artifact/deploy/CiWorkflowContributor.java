package dev.archforge.design.artifact.deploy;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.yaml.Commented;
import dev.archforge.design.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code .github/workflows/ci.yml}: build and test, {@code archforge review} of the API and
 * the migrations as a gate, the container image (one per deployable), and a deploy job for the
 * chosen platform that runs only on the main branch.
 */
public final class CiWorkflowContributor implements Contributor {
    public static final String PATH = ".github/workflows/ci.yml";
    static final String REVIEW = "archforge review api/openapi.yaml db/migration --fail-on warning";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, YamlWriter.write(workflow(design)));
    }

    static Map<String, Object> workflow(Design design) {
        List<Deployable> deployables = Deployables.of(design);
        boolean perComponent = Deployables.perComponent(design);
        Map<String, Object> jobs = Yaml.map(
                "build",
                Yaml.map(
                        "runs-on",
                        "ubuntu-latest",
                        "steps",
                        List.of(
                                checkout(),
                                Yaml.map(
                                        "uses",
                                        "actions/setup-java@v4",
                                        "with",
                                        Yaml.map(
                                                "distribution", "temurin",
                                                "java-version", Integer.toString(AppRuntime.JAVA_VERSION),
                                                "cache", "maven")),
                                Yaml.map("name", "Build and test", "run", "mvn -B verify"),
                                new Commented(
                                        "Gate: the API contract and the migrations must pass Archforge's review."
                                                + "\nInstall the archforge CLI on the runner (or use its container image) first.",
                                        Yaml.map("name", "Review API and schema", "run", REVIEW)))),
                "image",
                image(deployables, perComponent),
                "deploy",
                deploy(design));
        return Yaml.map(
                "name",
                "ci",
                "on",
                Yaml.map("push", Yaml.map("branches", List.of("main")), "pull_request", Map.of()),
                "permissions",
                Yaml.map("contents", "read"),
                "jobs",
                jobs);
    }

    private static Map<String, Object> checkout() {
        return Yaml.map("uses", "actions/checkout@v4");
    }

    private static Map<String, Object> image(List<Deployable> deployables, boolean perComponent) {
        String repository = "ghcr.io/${{ github.repository }}";
        Map<String, Object> with = Yaml.map(
                "context",
                ".",
                "file",
                DockerfileContributor.PATH,
                "push",
                "${{ github.ref == 'refs/heads/main' }}",
                "tags",
                perComponent
                        ? repository + "/${{ matrix.service }}:${{ github.sha }}"
                        : repository + ":${{ github.sha }}");
        if (perComponent) {
            with.put("build-args", "SERVICE=${{ matrix.service }}");
        }
        Map<String, Object> build = Yaml.map("uses", "docker/build-push-action@v6", "with", with);
        Map<String, Object> job = Yaml.map(
                "needs", "build",
                "runs-on", "ubuntu-latest",
                "permissions", Yaml.map("contents", "read", "packages", "write"));
        if (perComponent) {
            List<String> services = new ArrayList<>();
            deployables.forEach(d -> services.add(d.component()));
            job.put("strategy", Yaml.map("matrix", Yaml.map("service", services)));
        }
        job.put(
                "steps",
                List.of(
                        checkout(),
                        Yaml.map("uses", "docker/setup-buildx-action@v3"),
                        Yaml.map(
                                "if", "github.ref == 'refs/heads/main'",
                                "uses", "docker/login-action@v3",
                                "with",
                                        Yaml.map(
                                                "registry", "ghcr.io",
                                                "username", "${{ github.actor }}",
                                                "password", "${{ secrets.GITHUB_TOKEN }}")),
                        build));
        return job;
    }

    private static Map<String, Object> deploy(Design design) {
        Platform platform = design.architecture().deployment().platform();
        String command =
                switch (platform) {
                    case KUBERNETES ->
                        "kubectl apply -f " + KubernetesContributor.FOLDER
                                + "\nkubectl -n "
                                + design.requirements().system().name()
                                + " rollout status deployment --timeout=5m";
                    case CONTAINERS -> "echo \"Update the container service to the image tagged ${{ github.sha }}\"";
                    case PAAS -> "echo \"Deploy the image tagged ${{ github.sha }} to the platform\"";
                    case SERVERLESS -> "echo \"Publish the functions built from ${{ github.sha }}\"";
                };
        return Yaml.map(
                "needs", "image",
                "if", "github.ref == 'refs/heads/main'",
                "runs-on", "ubuntu-latest",
                "environment", "production",
                "steps",
                        List.of(
                                checkout(),
                                new Commented(
                                        "Placeholder for " + platform.title()
                                                + ": add the credentials step for your account and replace this command.",
                                        Yaml.map("name", "Deploy", "run", command))));
    }
}
