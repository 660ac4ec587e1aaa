package dev.archforge.design.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PricesTest {
    @Test
    void everyItemHasAPriceWithUnitAndWhatItApproximates() {
        Prices prices = Prices.standard();
        assertThat(prices.all()).extracting(Price::item).containsExactly(Item.values());
        for (Price p : prices.all()) {
            assertThat(p.usd()).as(p.item().id()).isPositive();
            assertThat(p.title()).as(p.item().id()).isNotBlank();
            assertThat(p.unit()).as(p.item().id()).isNotBlank();
            assertThat(p.approximates()).as(p.item().id()).isNotBlank();
        }
        assertThat(prices.of(Item.INSTANCE).vcpu()).isEqualTo(2);
        assertThat(prices.of(Item.PAAS_INSTANCE).vcpu()).isEqualTo(1);
        assertThat(prices.of(Item.EGRESS).usd()).isEqualTo(0.09);
    }

    @Test
    void aMissingPriceNamesTheItems() {
        String all = Arrays.stream(Item.values())
                .filter(i -> i != Item.EGRESS && i != Item.SQS)
                .map(i -> i.id() + ": {title: T, unit: U, usd: 1, approximates: A}\n")
                .reduce("", String::concat);
        assertThatThrownBy(() -> Prices.parse("p.yaml", all.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("p.yaml:1:1: no price for sqs, egress");
    }

    @Test
    void anUnknownItemOrAMissingNumberIsLocated() {
        assertThatThrownBy(() -> Prices.parse("p.yaml", "gpu: {usd: 1}\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("p.yaml:1:6: unknown item 'gpu'");
        assertThatThrownBy(() -> Prices.parse(
                        "p.yaml", "egress: {title: T, unit: U, approximates: A}\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("p.yaml:1:9: missing number 'usd'");
    }
}
