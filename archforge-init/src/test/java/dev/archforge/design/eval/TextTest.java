package dev.archforge.design.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values are compared however their numbers are written. */
class TextTest {
    @Test
    void numbersAreEqualHoweverWritten() {
        assertThat(Text.states("20000", "20000")).isTrue();
        assertThat(Text.states("20,000", "20000")).isTrue();
        assertThat(Text.states("20000.0", "20000")).isTrue();
        assertThat(Text.states("20k", "20000")).isTrue();
        assertThat(Text.states("3M", "3000000")).isTrue();
        assertThat(Text.states("99.95", "99.95")).isTrue();
        assertThat(Text.states("21000", "20000")).isFalse();
    }

    @Test
    void aValueStatesOneOfItsWords() {
        assertThat(Text.states("1 per 4 seconds per actor", "4")).isTrue();
        assertThat(Text.states("[gdpr, pci]", "pci")).isTrue();
        assertThat(Text.states("eu-central-1", "eu-central-1")).isTrue();
        assertThat(Text.states("eu-central-1", "eu")).isFalse();
    }

    @Test
    void squashIgnoresCaseAndSpacing() {
        assertThat(Text.squash("  About 20,000\n   Drivers ")).isEqualTo("about 20,000 drivers");
    }
}
