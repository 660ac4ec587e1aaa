package dev.archforge.design.artifact;

import dev.archforge.design.plan.Design;

/** Opens the package-private test designs to the tests of the artifact sub-packages. */
public final class TestDesignsAccess {
    private TestDesignsAccess() {}

    public static Design kubernetesMicroservices() {
        return TestDesigns.kubernetesMicroservices();
    }
}
