package dev.archforge.pg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeNamesTest {
    @Test
    void aliasesBecomeTheNamesFormatTypePrints() {
        assertThat(TypeNames.canonical("int8")).isEqualTo("bigint");
        assertThat(TypeNames.canonical("varchar")).isEqualTo("character varying");
        assertThat(TypeNames.canonical("bpchar")).isEqualTo("character");
        assertThat(TypeNames.canonical("bigint")).isEqualTo("bigint");
        assertThat(TypeNames.canonical("my_enum")).isEqualTo("my_enum");
    }

    @Test
    void timestamptzStaysForTheCallerBecauseItsModifiersGoInTheMiddle() {
        assertThat(TypeNames.canonical("timestamptz")).isEqualTo("timestamptz");
        assertThat(TypeNames.isBuiltIn("timestamptz")).isTrue();
    }

    @Test
    void everyAliasNamesABuiltInType() {
        for (String alias : new String[] {"int", "int4", "serial8", "float8", "decimal", "bool", "varbit"}) {
            assertThat(TypeNames.isBuiltIn(alias)).as(alias).isTrue();
            assertThat(TypeNames.isBuiltIn(TypeNames.canonical(alias)))
                    .as(alias)
                    .isTrue();
        }
        assertThat(TypeNames.isBuiltIn("order_status")).isFalse();
        assertThat(TypeNames.isBuiltIn("varchar2")).isFalse();
    }
}
