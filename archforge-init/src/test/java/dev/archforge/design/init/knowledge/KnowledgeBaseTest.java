package dev.archforge.design.init.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.builtIn();

    @Test
    void listsTheDomainsAndCapabilitiesSortedById() {
        assertThat(kb.domains())
                .extracting(Domain::id)
                .containsExactly("booking", "chat", "fitness", "internal-tool", "marketplace", "saas", "telemetry");
        assertThat(kb.capabilities())
                .extracting(Capability::id)
                .containsExactly(
                        "analytics",
                        "audit",
                        "auth",
                        "flash-sales",
                        "inventory",
                        "ledger",
                        "location",
                        "media",
                        "model-serving",
                        "multi-tenancy",
                        "notifications",
                        "payments",
                        "realtime",
                        "search",
                        "sso",
                        "subscriptions",
                        "uploads");
        assertThat(kb.fallback().id()).isEqualTo("general");
        assertThat(kb.fallback().keywords()).isEmpty();
    }

    @Test
    void everyKeywordOfADomainOrCapabilityIsListedOnce() {
        kb.domains().forEach(d -> assertThat(d.keywords())
                .as(d.id())
                .doesNotHaveDuplicates()
                .isNotEmpty());
        kb.capabilities().forEach(c -> assertThat(c.keywords())
                .as(c.id())
                .doesNotHaveDuplicates()
                .isNotEmpty());
    }

    @Test
    void matchesTheDomainWithTheMostKeywordsAndEveryCapabilityNamed() {
        Match match = kb.match("An online shop with a cart and checkout, where sellers upload photos of goods.");

        assertThat(match.domain().id()).isEqualTo("marketplace");
        assertThat(match.domainKeywords()).containsExactly("shop", "seller", "cart", "checkout");
        assertThat(match.capabilities()).extracting(Capability::id).containsExactly("payments", "uploads");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Loan applications are scored by an XGBoost model before an officer sees them.",
                "We run a fine-tuned open-weights model on our own GPUs to draft answers.",
                "Every insurance claim gets fraud scoring; a new model version runs in shadow first."
            })
    void readsModelServingFromHowAModelIsDescribed(String brief) {
        assertThat(kb.match(brief).capabilities()).extracting(Capability::id).contains("model-serving");
    }

    @Test
    void fallsBackToTheGeneralDomain() {
        Match match = kb.match("A tool for gardeners to swap seeds.");

        assertThat(match.domain()).isSameAs(kb.fallback());
        assertThat(match.domainKeywords()).isEmpty();
        assertThat(match.capabilities()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "real time | Live scores in real-time. | true",
                "real time | Live scores in real time. | true",
                "chat | Group chats for teams | true",
                "chat | a chatbot | false",
                "shop | shopping | false",
                "auth | OAuth | false"
            })
    void matchesWholeWordsAndPlurals(String keyword, String text, boolean found) {
        assertThat(Keywords.found(List.of(keyword), text).isEmpty()).isEqualTo(!found);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "title: string(120) requird | field 'string(120) requird': unexpected modifier 'requird'",
                "title: strin(120) | field 'strin(120)': unknown type 'strin'",
                "level: enum() | field 'enum()': enum needs values: enum(a, b)",
                "title: string(x) | field 'string(x)': string length must be a positive number",
                "score: integer(3) | field 'integer(3)': only string and enum take arguments",
                "Title: text | field 'Title' is not snake_case",
                "title text | field 'title text' is not 'name: type ...'"
            })
    void refusesAFieldTypo(String line, String message) {
        assertThatThrownBy(() -> FieldSpec.parse(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void refusesARelationOrStateTypo() {
        assertThatThrownBy(() -> EntitySpec.named("Workout").relations("belongs to User"))
                .hasMessage("relation 'belongs to User' is not 'belongs-to Entity [optional] [as name]'");
        assertThatThrownBy(() -> EntitySpec.named("Workout").states("In progress"))
                .hasMessage("state 'In progress' is not snake_case");
        assertThatThrownBy(() -> EntitySpec.named("workout"))
                .hasMessage("entity name must be PascalCase, got 'workout'");
    }
}
