package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.RequirementsLoader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@code archforge init} writes, {@code archforge design} reads: every draft loads without a problem. */
class DraftLoadsTest {

    static Stream<Arguments> briefs() {
        return Stream.of(
                Arguments.of("fitness", Briefs.FITNESS),
                Arguments.of("marketplace", Briefs.MARKETPLACE),
                Arguments.of("chat", Briefs.CHAT),
                Arguments.of("telemetry", Briefs.TELEMETRY),
                Arguments.of("saas", Briefs.SAAS),
                Arguments.of("internal-tool", Briefs.INTERNAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void draftWithAssumedAnswersLoads(String domain, String brief) {
        InitResult result = new InitSession(Prompter.noInput()).run(brief);

        Requirements loaded =
                new RequirementsLoader().parse("archforge.yaml", result.yaml().getBytes(StandardCharsets.UTF_8));

        assertThat(result.domain()).isEqualTo(domain);
        assertThat(loaded.entities()).isNotEmpty();
        assertThat(loaded.assumptions()).containsAll(result.assumptions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void draftWithAnswersLoadsWithThoseAnswers(String domain, String brief) {
        Draft draft =
                new BriefDrafter().draft(brief, Map.of("scale.daily-active-users", "30", "features.realtime", "yes"));

        Requirements loaded =
                new RequirementsLoader().parse("archforge.yaml", draft.yaml().getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.scale().dailyActiveUsers()).isEqualTo(30);
        assertThat(loaded.features()).contains(Feature.REALTIME);
        assertThat(loaded.assumptions()).doesNotContain("scale.daily-active-users");
    }
}
