package dev.archforge.design.artifact;

import dev.archforge.design.plan.Design;
import java.util.List;
import java.util.Map;

/** Opens the package-private test designs to the tests of the artifact sub-packages. */
public final class TestDesignsAccess {
    private TestDesignsAccess() {}

    public static Design kubernetesMicroservices() {
        return TestDesigns.kubernetesMicroservices();
    }

    /** Every test design, in name order. */
    public static List<Design> all() {
        return TestDesigns.all().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
    }
}
