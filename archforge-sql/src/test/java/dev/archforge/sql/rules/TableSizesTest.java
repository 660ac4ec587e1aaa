package dev.archforge.sql.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names under {@code large-tables:} are read as PostgreSQL reads identifiers. */
class TableSizesTest {
    @Test
    void unquotedPartsFoldToLowerCaseQuotedOnesKeepTheirs() {
        assertThat(TableSizes.parts("Orders")).containsExactly("orders");
        assertThat(TableSizes.parts("Audit.Events")).containsExactly("audit", "events");
        assertThat(TableSizes.parts("\"Audit\".\"Line.Items\"")).containsExactly("Audit", "Line.Items");
        assertThat(TableSizes.parts("\"say \"\"hi\"\"\"")).containsExactly("say \"hi\"");
    }

    @Test
    void anUnqualifiedNameMatchesEverySchemaAQualifiedOneItsOwn() {
        TableSizes sizes = TableSizes.of(Optional.of(List.of("orders", "public.users", "audit.events")));
        assertThat(sizes.known()).isTrue();
        assertThat(sizes.isLarge("orders", "orders")).isTrue();
        assertThat(sizes.isLarge("shop.orders", "orders")).isTrue();
        assertThat(sizes.isLarge("users", "users")).isTrue();
        assertThat(sizes.isLarge("auth.users", "users")).isFalse();
        assertThat(sizes.isLarge("audit.events", "events")).isTrue();
        assertThat(sizes.isLarge("events", "events")).isFalse();
        assertThat(TableSizes.UNKNOWN.known()).isFalse();
    }
}
