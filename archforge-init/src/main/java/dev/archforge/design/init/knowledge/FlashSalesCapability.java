package dev.archforge.design.init.knowledge;

import java.util.List;

/** Short sales that bring many times the usual traffic within minutes: raises the typical peak factor. */
final class FlashSalesCapability {
    static final double PEAK_FACTOR = 20;

    private FlashSalesCapability() {}

    static Capability capability() {
        return new Capability(
                "flash-sales",
                List.of("flash sale", "limited drop", "doorbuster", "ticket sale", "sale event"),
                Parts.none()
                        .risks("Flash sales concentrate traffic into minutes: queue or throttle checkout, warm"
                                + " caches before the start and load-test at the expected peak."),
                profile -> profile.peakFactor(Math.max(profile.peakFactor(), PEAK_FACTOR)));
    }
}
