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

    /** One region per jurisdiction, in the order given. */
    static List<String> each(String hosting, String cloud, List<String> jurisdictions) {
        List<String> out = new java.util.ArrayList<>();
        for (String j : jurisdictions) {
            for (String r : of(hosting, cloud, j)) {
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** {@code count} regions: the residency's first, then the provider's usual regions elsewhere. */
    static List<String> several(String hosting, String cloud, String residency, int count) {
        if (hosting.equals("on-premises") || count <= 1) {
            return of(hosting, cloud, residency);
        }
        List<String> order = new java.util.ArrayList<>(List.of(residency.equals("none") ? "us" : residency));
        for (String j : List.of("us", "eu", "au", "uk", "ca")) {
            if (!order.contains(j) && (residency.equals("none") || residency.equals(j) || order.size() < count)) {
                order.add(j);
            }
        }
        List<String> out = each(hosting, cloud, order.subList(0, Math.min(count, order.size())));
        return out;
    }

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
