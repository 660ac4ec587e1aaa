package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The README's one-paragraph summary of the design, linking each decision's record. */
final class Summary {
    private Summary() {}

    /** "Modular monolith of 3 components: accounts (User), …". */
    static String style(Design design) {
        Architecture a = design.architecture();
        if (a.components().isEmpty()) {
            return a.style().title();
        }
        String parts = a.components().stream()
                .map(c -> Markdown.code(c.name()) + " (" + String.join(", ", c.entities()) + ")")
                .collect(Collectors.joining(", "));
        String unit = a.style().separatelyDeployed() ? "services" : "modules";
        return a.style().title() + " of " + a.components().size() + " " + unit + ": " + parts;
    }

    static String paragraph(Design design) {
        Architecture a = design.architecture();
        Deployment d = a.deployment();
        String system = design.requirements().system().name();
        StringBuilder text = new StringBuilder();
        text.append(system).append(" is ").append(style(a.style()));
        if (!a.components().isEmpty()) {
            text.append(" (")
                    .append(a.components().stream().map(Component::name).collect(Collectors.joining(", ")))
                    .append(')');
        }
        text.append(" keeping its data in ")
                .append(Text.and(a.stores().stream().map(Store::title).toList()))
                .append(", authenticating callers with ")
                .append(method(design))
                .append(a.messaging()
                        .map(m -> ", passing events through " + (m.broker() == Broker.POSTGRES_QUEUE ? "a " : "")
                                + m.broker().title() + (m.outbox() ? " with a transactional outbox" : ""))
                        .orElse(", without asynchronous messaging"))
                .append(", and running on ")
                .append(platform(d.platform()))
                .append(" with ")
                .append(
                        d.uniform()
                                ? d.replicas().get(0).min() + " to "
                                        + d.replicas().get(0).max()
                                : d.ranges())
                .append(" replicas.");
        List<String> decisions = new ArrayList<>();
        for (Decision dec : design.decisions()) {
            decisions.add(dec.title() + ": " + Text.lowerFirst(dec.choice()) + " (" + AdrFiles.link(design, dec) + ")");
        }
        if (!decisions.isEmpty()) {
            text.append(" Decisions: ").append(String.join("; ", decisions)).append('.');
        }
        return text.toString();
    }

    private static String style(Style style) {
        return switch (style) {
            case MONOLITH -> "a monolith";
            case MODULAR_MONOLITH -> "a modular monolith";
            case MICROSERVICES -> "a set of microservices";
            case SERVERLESS -> "a serverless system";
        };
    }

    private static String platform(Platform platform) {
        return switch (platform) {
            case PAAS -> "a managed platform (PaaS)";
            case CONTAINERS -> "containers on managed instances";
            case KUBERNETES -> "Kubernetes";
            case SERVERLESS -> "serverless functions";
        };
    }

    private static String method(Design design) {
        return switch (design.architecture().security().method()) {
            case OIDC_JWT -> "OIDC and short-lived JWTs";
            case SESSION_COOKIE -> "server-side sessions";
            case API_KEY -> "API keys";
        };
    }
}
