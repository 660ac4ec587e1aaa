package dev.archforge.design.artifact.sql.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.sql.rules.design.ReservedWordIdentifierRule;
import java.lang.reflect.Field;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The DDL writer quotes exactly the words that the {@code sql-reserved-word-identifier} rule reports.
 * The two lists live apart because the design module may not depend on the SQL review at run time;
 * this test keeps them from drifting.
 */
class ReservedWordsAgreeTest {

    @SuppressWarnings("unchecked")
    private static Set<String> reserved(Class<?> owner) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField("RESERVED");
        field.setAccessible(true);
        return (Set<String>) field.get(null);
    }

    @Test
    void writerAndReviewRuleKnowTheSameReservedWords() throws ReflectiveOperationException {
        assertThat(reserved(Identifiers.class))
                .hasSizeGreaterThan(80)
                .containsExactlyInAnyOrderElementsOf(reserved(ReservedWordIdentifierRule.class));
    }
}
