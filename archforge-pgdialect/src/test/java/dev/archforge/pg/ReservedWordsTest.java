package dev.archforge.pg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReservedWordsTest {
    @Test
    void reservedAndFunctionOrTypeWordsAreInNonReservedOnesAreNot() {
        assertThat(ReservedWords.contains("user")).isTrue();
        assertThat(ReservedWords.contains("order")).isTrue();
        // "reserved (can be function or type)" in the appendix: still not a column name
        assertThat(ReservedWords.contains("authorization")).isTrue();
        assertThat(ReservedWords.contains("name")).isFalse();
        assertThat(ReservedWords.contains("position")).isFalse();
        assertThat(ReservedWords.all()).hasSize(101).allMatch(w -> w.matches("[a-z_]+"));
    }
}
