package dev.archforge.sql.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archforge.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The per-rule finding counts of the SQL review on the shared corpus, pinned in
 * {@code src/test/resources/precision/sql-corpus-counts.tsv}: a change to a rule that moves a
 * count fails the build until the file is regenerated in the same change, with
 * {@code -Darchforge.updateGolden=true}, and the diff is reviewed. Skips when the corpus is absent.
 */
class CorpusCountsTest {
    static final Path PINNED = Path.of("src/test/resources/precision/sql-corpus-counts.tsv");

    @Test
    void perRuleCountsMatchThePinnedFile() throws IOException {
        assumeTrue(CorpusFindings.present(), "corpus not present at " + CorpusFindings.CORPUS);
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : CorpusFindings.all()) {
            counts.merge(f.ruleId(), 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        b.append("# SQL findings per rule on the shared corpus (CorpusFindings: corpus-settings.tsv applied).\n");
        b.append("# Regenerate: ./mvnw -o -q -B -pl archforge-sql -am test -Dtest=CorpusCountsTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Darchforge.updateGolden=true\n");
        counts.forEach((rule, n) -> b.append(rule).append('\t').append(n).append('\n'));
        String expected = b.toString();
        if (Boolean.getBoolean("archforge.updateGolden")) {
            Files.writeString(PINNED, expected, StandardCharsets.UTF_8);
        }
        assertThat(PINNED)
                .as("pinned counts; regenerate with -Darchforge.updateGolden=true")
                .exists();
        assertThat(Files.readString(PINNED, StandardCharsets.UTF_8))
                .as(
                        "SQL findings per rule on the corpus changed; review and regenerate with -Darchforge.updateGolden=true")
                .isEqualTo(expected);
    }
}
