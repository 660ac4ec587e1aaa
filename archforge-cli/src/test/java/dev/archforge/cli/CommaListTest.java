package dev.archforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommaListTest {
    @Test
    void splitsOnCommasAndDropsTheBlanksAroundNames() {
        assertThat(CommaList.split("orders, audit.events")).containsExactly("orders", "audit.events");
    }

    @Test
    void aCommaInsideDoubleQuotesBelongsToTheName() {
        assertThat(CommaList.split("\"a,b\".c,\"Say \"\"hi\"\", x\""))
                .containsExactly("\"a,b\".c", "\"Say \"\"hi\"\", x\"");
    }

    @Test
    void anEmptyValueIsAnEmptyListAndAnEmptyItemStaysForTheCheckToRefuse() {
        assertThat(CommaList.split("")).isEmpty();
        assertThat(CommaList.split("orders,,events")).containsExactly("orders", "", "events");
    }
}
