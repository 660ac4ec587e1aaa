package dev.archforge.design.artifact.deploy;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Store;
import dev.archforge.design.yaml.Commented;
import dev.archforge.design.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes {@code deploy/docker-compose.yml}: the design's real stores and broker for local
 * development, each with a health check and a named volume, the broker's topics and dead-letter
 * queues declared before the application starts ({@link BrokerSetup}), and the application built
 * from {@code deploy/Dockerfile}, started once its dependencies are healthy.
 */
public final class ComposeContributor implements Contributor {
    public static final String PATH = "deploy/docker-compose.yml";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, YamlWriter.write(compose(design)));
    }

    static Map<String, Object> compose(Design design) {
        String system = design.requirements().system().name();
        String database = Names.snake(system);
        List<ComposeService> infrastructure = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(AppRuntime.PORT));
        environment.put("LOG_FORMAT", "json");
        for (Store store : design.architecture().stores()) {
            infrastructure.add(LocalServices.of(store, database));
            environment.putAll(LocalServices.appEnvironment(store, database));
        }
        Optional<Messaging> messaging = design.architecture().messaging();
        boolean kafka = messaging.filter(m -> m.broker() == Broker.KAFKA).isPresent();
        boolean rabbit = messaging.filter(m -> m.broker() == Broker.RABBITMQ).isPresent();
        if (messaging.isPresent()) {
            LocalServices.of(messaging.get().broker()).ifPresent(infrastructure::add);
            environment.putAll(LocalServices.appEnvironment(messaging.get().broker()));
        }
        boolean oidc = design.architecture().security().method() == AuthMethod.OIDC_JWT;
        if (oidc) {
            environment.put("OIDC_ISSUER_URI", "${OIDC_ISSUER_URI:-}");
        }
        List<String> dependsOn =
                infrastructure.stream().map(ComposeService::name).toList();

        Map<String, Object> services = new LinkedHashMap<>();
        List<Deployable> deployables = Deployables.of(design);
        boolean perComponent = Deployables.perComponent(design);
        for (int i = 0; i < deployables.size(); i++) {
            Deployable d = deployables.get(i);
            Map<String, String> env = new LinkedHashMap<>(environment);
            env.put("OTEL_SERVICE_NAME", d.name());
            ComposeService app = new ComposeService(
                    d.name(),
                    Optional.empty(),
                    perComponent ? Map.of("SERVICE", d.component()) : Map.of(),
                    List.of(),
                    env,
                    List.of(LocalServices.loopback(AppRuntime.PORT + i, AppRuntime.PORT)),
                    List.of(),
                    List.of("CMD", "curl", "-fsS", "http://localhost:" + AppRuntime.PORT + AppRuntime.READINESS_PATH),
                    "60s",
                    dependsOn);
            Map<String, Object> yaml = app.toYaml();
            if (kafka) {
                @SuppressWarnings("unchecked")
                Map<String, Object> deps = (Map<String, Object>) Objects.requireNonNull(yaml.get("depends_on"));
                deps.put(BrokerSetup.KAFKA_SETUP, Map.of("condition", "service_completed_successfully"));
            }
            Object entry = yaml;
            if (i == 0) {
                entry = new Commented(
                        "The application, built from deploy/Dockerfile; every password here is for local development only."
                                + (oidc
                                        ? "\nSet OIDC_ISSUER_URI to your identity provider's issuer before signing in."
                                        : ""),
                        entry);
            }
            services.put(d.name(), entry);
        }
        Map<String, Object> volumes = new LinkedHashMap<>();
        for (ComposeService s : infrastructure) {
            Map<String, Object> yaml = s.toYaml();
            if (rabbit && s.name().equals("rabbitmq")) {
                yaml.put("configs", BrokerSetup.rabbitMounts());
            }
            services.put(s.name(), yaml);
            for (String v : s.volumes()) {
                volumes.put(v.substring(0, v.indexOf(':')), Map.of());
            }
        }
        if (kafka) {
            services.put(BrokerSetup.KAFKA_SETUP, BrokerSetup.kafkaTopics(messaging.get()));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(
                "name",
                new Commented(
                        "Local development for " + system + ": docker compose -f deploy/docker-compose.yml up --build",
                        system));
        root.put("services", services);
        if (!volumes.isEmpty()) {
            root.put("volumes", volumes);
        }
        if (rabbit) {
            root.put("configs", BrokerSetup.rabbitConfigs(messaging.get()));
        }
        return root;
    }
}
