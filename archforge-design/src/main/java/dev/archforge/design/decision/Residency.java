package dev.archforge.design.decision;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which cloud regions lie in a data-residency area, by the providers' region naming: the regions
 * decision pins data to them and the warnings flag a listed region outside the area.
 */
public final class Residency {
    private static final Map<String, List<String>> AREAS = Map.of(
            "eu", List.of("eu-", "europe-", "europe", "france", "germany", "sweden", "italy", "spain", "poland"),
            "us", List.of("us-", "eastus", "westus", "centralus", "northcentralus", "southcentralus"),
            "ca", List.of("ca-", "canada"),
            "uk", List.of("eu-west-2", "europe-west2", "uk"),
            "au", List.of("ap-southeast-2", "ap-southeast-4", "australia"));

    private Residency() {}

    /** True when {@code region} is in {@code area}; empty when the area is not known. */
    public static Optional<Boolean> inside(String area, String region) {
        List<String> prefixes = AREAS.get(area.toLowerCase(Locale.ROOT));
        if (prefixes == null) {
            return Optional.empty();
        }
        String r = region.toLowerCase(Locale.ROOT);
        for (String p : prefixes) {
            if (r.startsWith(p) || (!p.endsWith("-") && r.contains(p))) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }
}
