package dev.archforge.design.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void roundsToOneDecimalFromOneAndThreeSignificantDigitsBelow() {
        assertThat(Numbers.round(24.305555)).isEqualTo(24.3);
        assertThat(Numbers.round(97.25)).isEqualTo(97.3);
        assertThat(Numbers.round(0.694444)).isEqualTo(0.694);
        assertThat(Numbers.round(0.0092592)).isEqualTo(0.00926);
        assertThat(Numbers.round(0)).isEqualTo(0);
    }

    @Test
    void formatsWithCommasAndWithoutTrailingZeros() {
        assertThat(Numbers.format(60_000L)).isEqualTo("60,000");
        assertThat(Numbers.format(60_000.0)).isEqualTo("60,000");
        assertThat(Numbers.format(4.0)).isEqualTo("4");
        assertThat(Numbers.format(1_234_567.5)).isEqualTo("1,234,567.5");
        assertThat(Numbers.format(100 - 66.7)).isEqualTo("33.3");
        assertThat(Numbers.format(0.00000624)).isEqualTo("0.00000624");
        assertThat(Numbers.format(-160.0)).isEqualTo("-160");
        assertThat(Numbers.percent(99.95)).isEqualTo("99.95 %");
    }

    @Test
    void ceilIgnoresBinaryNoise() {
        assertThat(Numbers.ceil(2.0000000001)).isEqualTo(2);
        assertThat(Numbers.ceil(2.01)).isEqualTo(3);
    }
}
