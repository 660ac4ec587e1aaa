package dev.archforge.design.artifact.deploy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service of the compose file.
 *
 * @param image the image to run; empty when the service is built from the Dockerfile ({@code build})
 * @param build build arguments; only read when {@code image} is empty
 * @param environment in the order written
 * @param ports {@code host:container}, bound to the loopback interface
 * @param volumes {@code name:path} of named volumes
 * @param healthcheck the test command in exec form ({@code CMD} or {@code CMD-SHELL} first)
 * @param dependsOn services that must be healthy first
 */
record ComposeService(
        String name,
        Optional<String> image,
        Map<String, String> build,
        List<String> command,
        Map<String, String> environment,
        List<String> ports,
        List<String> volumes,
        List<String> healthcheck,
        String startPeriod,
        List<String> dependsOn) {
    ComposeService {
        build = Collections.unmodifiableMap(new LinkedHashMap<>(build));
        command = List.copyOf(command);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        ports = List.copyOf(ports);
        volumes = List.copyOf(volumes);
        healthcheck = List.copyOf(healthcheck);
        dependsOn = List.copyOf(dependsOn);
    }

    /** The service's entry in the compose file. */
    Map<String, Object> toYaml() {
        Map<String, Object> s = new LinkedHashMap<>();
        if (image.isPresent()) {
            s.put("image", image.get());
        } else {
            Map<String, Object> b = Yaml.map("context", "..", "dockerfile", "deploy/Dockerfile");
            if (!build.isEmpty()) {
                b.put("args", new LinkedHashMap<>(build));
            }
            s.put("build", b);
        }
        if (!command.isEmpty()) {
            s.put("command", command);
        }
        if (!environment.isEmpty()) {
            s.put("environment", new LinkedHashMap<>(environment));
        }
        if (!ports.isEmpty()) {
            s.put("ports", ports);
        }
        if (!volumes.isEmpty()) {
            s.put("volumes", volumes);
        }
        s.put(
                "healthcheck",
                Yaml.map(
                        "test",
                        healthcheck,
                        "interval",
                        "10s",
                        "timeout",
                        "5s",
                        "retries",
                        5,
                        "start_period",
                        startPeriod));
        if (!dependsOn.isEmpty()) {
            Map<String, Object> deps = new LinkedHashMap<>();
            for (String d : dependsOn) {
                deps.put(d, Yaml.map("condition", "service_healthy"));
            }
            s.put("depends_on", deps);
        }
        return s;
    }
}
