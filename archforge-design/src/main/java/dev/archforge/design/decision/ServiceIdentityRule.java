package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Style;
import dev.archforge.design.plan.WorkloadIdentity;
import dev.archforge.design.plan.WorkloadIdentity.Mode;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How services and devices prove who they are: mutual TLS between separately deployed services
 * (through a service mesh on Kubernetes, SPIFFE/SPIRE elsewhere), the cloud's workload identity for a
 * single deployable, and per-device credentials sized to the fleet: API keys for a few hundred
 * devices, an X.509 certificate per device for large fleets.
 */
@DecisionInfo(
        id = "service-identity",
        area = Area.SECURITY,
        title = "Service and device identity",
        reads = {
            RequirementKey.ACTORS,
            RequirementKey.COMPLIANCE,
            RequirementKey.TEAM_SIZE,
            RequirementKey.TEAMS,
            RequirementKey.ENTITIES,
            RequirementKey.HOSTING,
            RequirementKey.CLOUD
        })
public final class ServiceIdentityRule implements DecisionRule {
    /**
     * From this many devices in one fleet, keys cannot be issued, rotated and revoked by hand: each
     * device gets a certificate whose private key never leaves it.
     */
    static final long DEVICE_CERTIFICATES = 1_000;

    @Override
    public boolean applies(DesignContext context) {
        Constraints c = context.constraints();
        return context.parts().style().separatelyDeployed()
                || context.requirements().actors().stream().anyMatch(Actor::external)
                || c.requires("hipaa")
                || c.requires("pci");
    }

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Constraints c = context.constraints();
        Style style = context.parts().style();
        Platform platform = context.parts().platform();
        boolean onPremises = "on-premises".equals(c.hosting());
        Mode mode;
        if (style.separatelyDeployed() && platform == Platform.KUBERNETES) {
            mode = Mode.SERVICE_MESH_MTLS;
        } else if (onPremises || (style.separatelyDeployed() && platform != Platform.SERVERLESS)) {
            mode = Mode.SPIFFE_MTLS;
        } else {
            mode = Mode.CLOUD_IAM;
        }
        List<String> certificates = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> fleets = new ArrayList<>();
        long largest = 0;
        for (Actor a : req.actors()) {
            if (a.external()
                    && a.count().isPresent()
                    && ApiConsumersRule.fleet(context.load().by(a.name()))) {
                long n = a.count().getAsLong();
                largest = Math.max(largest, n);
                (n >= DEVICE_CERTIFICATES ? certificates : keys).add(a.name());
                fleets.add(a.name() + " (" + Numbers.format(n) + ")");
            }
        }
        List<String> uncounted = new ArrayList<>();
        List<String> callers = new ArrayList<>();
        for (Actor a : req.actors()) {
            if (a.external()
                    && (a.count().isEmpty()
                            || !ApiConsumersRule.fleet(context.load().by(a.name())))) {
                boolean ingests = context.load().patterns().stream()
                        .anyMatch(p -> p.pattern().actor().equals(a.name()) && p.isIngest());
                (ingests ? uncounted : callers).add(a.name());
            }
        }
        context.parts().workloadIdentity(new WorkloadIdentity(mode, certificates, keys));
        List<String> parts = new ArrayList<>();
        parts.add(
                switch (mode) {
                    case SERVICE_MESH_MTLS ->
                        "mTLS between services through a service mesh (Linkerd) with SPIFFE identities per service"
                                + " account";
                    case SPIFFE_MTLS ->
                        "mTLS between "
                                + (style.separatelyDeployed() ? "services" : "the deployable and" + " its dependencies")
                                + " with SPIFFE/SPIRE workload identities";
                    case CLOUD_IAM -> "cloud IAM workload identity per deployable, no static credentials";
                });
        if (!certificates.isEmpty()) {
            parts.add("X.509 device certificates for " + Text.and(certificates));
        }
        if (!keys.isEmpty()) {
            parts.add("API keys per device for " + Text.and(keys));
        }
        if (!uncounted.isEmpty()) {
            parts.add("API keys per device for " + Text.and(uncounted) + " (fleet size not stated)");
        }
        Choice choice = Choice.of(String.join("; ", parts))
                .driver(RequirementKey.TEAMS, context.team().teams())
                .driver(RequirementKey.ACTORS, req.actors().size())
                .driver(RequirementKey.COMPLIANCE, c.compliance())
                .driver(RequirementKey.HOSTING, c.hosting());
        switch (mode) {
            case SERVICE_MESH_MTLS ->
                choice.because("Separately deployed services on Kubernetes call each other over the cluster network;"
                                + " a service mesh gives every service account a SPIFFE identity, encrypts and"
                                + " authenticates every call with mutual TLS, rotates the certificates hourly and lets"
                                + " authorization policies name which service may call which, without code in the"
                                + " services.")
                        .alternative(
                                "Shared secrets or tokens between services",
                                "Static secrets leak and never rotate; every team would implement checks differently.")
                        .alternative(
                                "Istio",
                                "More features (traffic shifting, egress control) than needed, for more to run;"
                                        + " Linkerd's mTLS is on by default.");
            case SPIFFE_MTLS ->
                choice.because((onPremises
                                        ? "On premises there is no cloud IAM to lean on: "
                                        : "Separately deployed services without a cluster mesh: ")
                                + "SPIRE attests each workload and issues short-lived SPIFFE certificates, which the"
                                + " services use for mutual TLS and the database for certificate authentication.")
                        .alternative(
                                "A service mesh",
                                "Needs Kubernetes; the " + platform.title().toLowerCase(Locale.ROOT)
                                        + " runtime has none.")
                        .alternative("Shared secrets between services", "Static secrets leak and never rotate.");
            case CLOUD_IAM ->
                choice.because("One deployable has no service-to-service calls to secure; it reaches the database and"
                                + " cloud services with the role the cloud assigns to its workload (IAM database"
                                + " authentication, short-lived tokens), so no password sits in its configuration"
                                + (c.requires("pci") || c.requires("hipaa")
                                        ? ", as " + (c.requires("pci") ? "PCI DSS" : "HIPAA")
                                                + " expects; connections to PostgreSQL use TLS with verify-full"
                                        : "")
                                + ".")
                        .alternative(
                                "mTLS with a service mesh",
                                "Secures calls between services, and there is one deployable.")
                        .alternative(
                                "Database passwords in the secrets manager",
                                "Still a static secret to rotate; the workload identity is free and expires on its own.");
        }
        if (!fleets.isEmpty()) {
            choice.because("Fleets: " + Text.and(fleets) + ". "
                    + (certificates.isEmpty()
                            ? "Below " + Numbers.format(DEVICE_CERTIFICATES)
                                    + " devices a key per device, hashed at rest"
                                    + " and revocable alone, is simpler than running a certificate authority."
                            : "From " + Numbers.format(DEVICE_CERTIFICATES) + " devices each device generates its key"
                                    + " pair on first boot and gets an X.509 certificate from a private CA (or the"
                                    + " cloud's IoT service), presented in mutual TLS; a compromised device is revoked"
                                    + " alone and certificates rotate before expiry without an operator."));
        }
        if (!uncounted.isEmpty()) {
            choice.because(Text.capitalize(Text.and(uncounted)) + Text.verb(uncounted, " ingests", " ingest")
                    + " like a device fleet but " + Text.verb(uncounted, "has", "have") + " no stated count (actors."
                    + uncounted.get(0) + ".count): a hashed key per device until the fleet size is known.");
        }
        if (!callers.isEmpty()) {
            choice.because(Text.capitalize(Text.and(callers)) + Text.verb(callers, " calls", " call")
                    + " from " + Text.verb(callers, "its", "their") + " own servers with the credentials the API"
                    + " consumers decision gives " + Text.verb(callers, "it", "them") + ", over TLS.");
        }
        boolean devices = !fleets.isEmpty() || !uncounted.isEmpty();
        return choice.tradeoff(
                        mode == Mode.CLOUD_IAM
                                ? "Ties the deployable to the cloud's identity service; local runs use developer"
                                        + " credentials."
                                : "Certificates must rotate automatically; an expired root or intermediate stops every"
                                        + " call, so expiry is monitored.")
                .tradeoff(
                        devices
                                ? "Device credentials need a provisioning step in manufacturing or enrolment."
                                : "Identities are only as narrow as the policies that name them: each service or"
                                        + " deployable gets its own, never a shared one.")
                .revisitWhen(revisit(style, largest, certificates, uncounted));
    }

    private static String revisit(
            Style style, long largestKeyFleet, List<String> certificates, List<String> uncounted) {
        if (!certificates.isEmpty()) {
            return "When devices must act offline for long or a fleet outgrows what one certificate authority"
                    + " issues comfortably, move certificate issuance to the cloud's IoT service with just-in-time"
                    + " provisioning.";
        }
        if (largestKeyFleet > 0) {
            return "When a fleet passes " + Numbers.format(DEVICE_CERTIFICATES) + " devices (today the largest has "
                    + Numbers.format(largestKeyFleet) + "), issue X.509 certificates per device.";
        }
        if (!uncounted.isEmpty()) {
            return "When " + Text.and(uncounted) + Text.verb(uncounted, " turns", " turn")
                    + " out to be a large fleet (no count is stated), issue X.509 certificates per device.";
        }
        return style.separatelyDeployed()
                ? "When services span several clusters or clouds, federate the SPIFFE trust domains."
                : "When a component is deployed on its own, add mTLS between services.";
    }
}
