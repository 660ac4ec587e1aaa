package dev.archforge.openapi.precision;

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
 * A CI guard for the API rules: the count of findings per document and rule on the shared corpus
 * is pinned in {@code src/test/resources/precision/api-corpus-counts.txt}. A change that moves a
 * count fails until the file is regenerated in the same change
 * ({@code -Darchforge.updateGolden=true}) and the diff reviewed. Skips without the corpus.
 */
class CorpusCountsTest {
    static final Path PINNED = Path.of("src/test/resources/precision/api-corpus-counts.txt");

    @Test
    void findingCountsPerRuleMatchThePinnedFile() throws IOException {
        assumeTrue(ApiCorpus.present(), "corpus not present at " + ApiCorpus.DIR);
        String actual = counts();
        if (Boolean.getBoolean("archforge.updateGolden")) {
            Files.writeString(PINNED, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as(
                        "finding counts on the shared corpus changed; if intended, regenerate %s with"
                                + " -Darchforge.updateGolden=true and review the diff",
                        PINNED)
                .isEqualTo(Files.readString(PINNED, StandardCharsets.UTF_8));
    }

    /** {@code document rule severity count} lines, sorted, then a total per rule. */
    static String counts() {
        Map<String, Integer> perDocument = new TreeMap<>();
        Map<String, Integer> perRule = new TreeMap<>();
        for (Finding f : ApiCorpus.findings()) {
            perDocument.merge(
                    f.location().file() + " " + f.ruleId() + " " + f.severity().id(), 1, Integer::sum);
            perRule.merge(f.ruleId() + " " + f.severity().id(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder(
                "# Findings of the default API rules on ../shared/corpus/openapi, per document and rule.\n"
                        + "# Regenerate: ./mvnw -o -q -B -pl archforge-openapi -am test -Dtest=CorpusCountsTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Darchforge.updateGolden=true\n");
        perDocument.forEach((k, n) -> sb.append(k).append(' ').append(n).append('\n'));
        sb.append("# total per rule\n");
        perRule.forEach(
                (k, n) -> sb.append("total ").append(k).append(' ').append(n).append('\n'));
        return sb.toString();
    }
}
