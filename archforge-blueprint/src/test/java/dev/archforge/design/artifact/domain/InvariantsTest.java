package dev.archforge.design.artifact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.domain.Invariants.NotNegative;
import dev.archforge.design.artifact.domain.Invariants.Ordered;
import dev.archforge.design.artifact.domain.Invariants.Percentage;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InvariantsTest {
    private static Field field(String name, FieldType type) {
        return new Field(name, type, OptionalInt.empty(), List.of(), true, false, false, Location.at("t.yaml", 1, 1));
    }

    @Test
    void amountsArePositivePricesAndCountsNotNegativeBalancesFree() {
        assertThat(Invariants.bound(field("amount", FieldType.MONEY)))
                .contains(new NotNegative(field("amount", FieldType.MONEY), true));
        assertThat(Invariants.bound(field("unit_price", FieldType.MONEY)))
                .contains(new NotNegative(field("unit_price", FieldType.MONEY), false));
        assertThat(Invariants.bound(field("stock", FieldType.INTEGER)))
                .contains(new NotNegative(field("stock", FieldType.INTEGER), false));
        assertThat(Invariants.bound(field("discount_percent", FieldType.INTEGER)))
                .contains(new Percentage(field("discount_percent", FieldType.INTEGER)));
        assertThat(Invariants.bound(field("balance", FieldType.MONEY))).isEmpty();
        assertThat(Invariants.bound(field("threshold", FieldType.DECIMAL))).isEmpty();
    }

    @Test
    void anEndComesAfterItsStart() {
        Field starts = field("starts_at", FieldType.TIMESTAMP);
        Field ends = field("ends_at", FieldType.TIMESTAMP);
        Field from = field("valid_from", FieldType.DATE);
        Field until = field("valid_until", FieldType.DATE);
        Entity e = new Entity(
                "Booking",
                "",
                List.of(starts, ends, from, until),
                List.of(),
                Optional.empty(),
                List.of(),
                false,
                false,
                0,
                Location.at("t.yaml", 1, 1));
        assertThat(Invariants.of(e)).containsExactly(new Ordered(starts, ends), new Ordered(from, until));
        assertThat(new Ordered(starts, ends).strict()).isTrue();
        assertThat(new Ordered(from, until).strict()).isFalse();
    }
}
