package dev.archforge.design.cost;

/**
 * The assumed price of one unit of an {@link Item} per month.
 *
 * @param unit what one unit is ("instance (2 vCPU)", "GB-month")
 * @param usd US dollars per unit per month
 * @param vcpu vCPUs of one unit of compute; 0 for anything else
 * @param approximates which cloud offering and tier the price stands for
 */
public record Price(Item item, String title, String unit, double usd, int vcpu, String approximates) {
    public Price {
        if (usd < 0) {
            throw new IllegalArgumentException("price of " + item.id() + " must not be negative, got " + usd);
        }
        if (vcpu < 0) {
            throw new IllegalArgumentException("vcpu of " + item.id() + " must not be negative, got " + vcpu);
        }
    }
}
