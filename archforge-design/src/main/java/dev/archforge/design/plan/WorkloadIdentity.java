package dev.archforge.design.plan;

import java.util.List;

/**
 * How services and devices prove who they are, without shared static secrets where it can be avoided.
 *
 * @param services how deployables authenticate to each other and to the database and cloud services
 * @param certificateFleets external actors whose members each hold an X.509 device certificate
 * @param keyFleets external actors whose members each hold an API key
 */
public record WorkloadIdentity(Mode services, List<String> certificateFleets, List<String> keyFleets) {
    public WorkloadIdentity {
        certificateFleets = List.copyOf(certificateFleets);
        keyFleets = List.copyOf(keyFleets);
    }

    /** Where service identities come from. */
    public enum Mode {
        /** A service mesh issues SPIFFE identities and encrypts every call with mutual TLS. */
        SERVICE_MESH_MTLS,
        /** SPIRE issues SPIFFE identities; services use them for mutual TLS themselves. */
        SPIFFE_MTLS,
        /** The cloud's IAM gives each deployable a role; no static credentials. */
        CLOUD_IAM
    }
}
