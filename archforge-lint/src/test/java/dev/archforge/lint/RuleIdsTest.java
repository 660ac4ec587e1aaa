package dev.archforge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIdsTest {
    private static final List<String> KNOWN =
            List.of("sql-column-dropped", "sql-column-renamed", "sql-table-dropped", "api-path-verb");

    @Test
    void suggestsTheIdAMisspellingIsClosestTo() {
        assertThat(RuleIds.closest("sql-colum-dropped", KNOWN)).contains("sql-column-dropped");
        assertThat(RuleIds.closest("api-path-verbs", KNOWN)).contains("api-path-verb");
        assertThat(RuleIds.suggestion("sql-table-droped", KNOWN)).isEqualTo(" (did you mean 'sql-table-dropped'?)");
    }

    @Test
    void suggestsNothingForAnIdFarFromEveryRule() {
        assertThat(RuleIds.closest("sql-foreign-key-without-index", KNOWN)).isEmpty();
        assertThat(RuleIds.suggestion("because", KNOWN)).isEmpty();
    }

    @Test
    void countsEdits() {
        assertThat(RuleIds.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(RuleIds.distance("", "abc")).isEqualTo(3);
        assertThat(RuleIds.distance("same", "same")).isZero();
    }
}
