package dev.archforge.design.init;

import java.util.List;
import java.util.Map;

/**
 * The region a draft assumes for a cloud and a residency: the provider's usual region inside the
 * jurisdiction, or its default region when data may live anywhere.
 */
final class Regions {
    private static final Map<String, Map<String, String>> BY_CLOUD = Map.of(
            "aws",
                    Map.of(
                            "eu",
                            "eu-central-1",
                            "us",
                            "us-east-1",
                            "uk",
                            "eu-west-2",
                            "ca",
                            "ca-central-1",
                            "au",
                            "ap-southeast-2",
                            "none",
                            "us-east-1"),
            "gcp",
                    Map.of(
                            "eu",
                            "europe-west3",
                            "us",
                            "us-central1",
                            "uk",
                            "europe-west2",
                            "ca",
                            "northamerica-northeast1",
                            "au",
                            "australia-southeast1",
                            "none",
                            "us-central1"),
            "azure",
                    Map.of(
                            "eu",
                            "germanywestcentral",
                            "us",
                            "eastus",
                            "uk",
                            "uksouth",
                            "ca",
                            "canadacentral",
                            "au",
                            "australiaeast",
                            "none",
                            "eastus"));

    /** The jurisdictions a residency answer may name, {@code none} for no restriction. */
    static final List<String> RESIDENCIES = List.of("none", "eu", "us", "uk", "ca", "au");

    private Regions() {}

    static List<String> of(String hosting, String cloud, String residency) {
        if (hosting.equals("on-premises")) {
            return List.of("on-premises");
        }
        Map<String, String> regions = BY_CLOUD.get(cloud);
        if (regions == null) {
            return List.of(residency.equals("none") ? "any" : residency);
        }
        return List.of(regions.getOrDefault(residency, regions.get("none")));
    }
}
