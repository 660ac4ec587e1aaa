package dev.archforge.openapi.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.lint.Config;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRunner;
import dev.archforge.lint.RuleSettings;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.model.UsageException;
import dev.archforge.openapi.catalog.OpenApiRules;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.openapi.load.OpenApiLoader;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word heuristics the naming rules share, and the rule options fixtures cannot set. */
class NamingHeuristicsTest {
    @TempDir
    Path dir;

    @Test
    void splitsIdentifiersInEveryStyle() {
        assertThat(Words.split("getUserIDs")).containsExactly("get", "user", "ids");
        assertThat(Words.split("HTTPServerError")).containsExactly("http", "server", "error");
        assertThat(Words.split("order-items_v2")).containsExactly("order", "items", "v2");
        assertThat(Words.split("AddOnResults")).containsExactly("add", "on", "results");
    }

    @Test
    void tellsPluralsFromSingulars() {
        assertThat(List.of("users", "categories", "addresses", "people", "data", "status", "analyses", "skus"))
                .allMatch(Words::isPluralOrUncountable);
        assertThat(List.of("user", "address", "analysis", "alias", "campus", "category"))
                .noneMatch(Words::isPluralOrUncountable);
    }

    @Test
    void matchesNounsAcrossPluralsAndAbbreviations() {
        assertThat(Words.sameNoun("categories", "category")).isTrue();
        assertThat(Words.sameNoun("orgs", "organization")).isTrue();
        assertThat(Words.sameNoun("users", "order")).isFalse();
        assertThat(Words.sameNoun("contacts", "contracts")).isFalse();
    }

    @Test
    void classifiesCaseStyles() {
        assertThat(CaseStyle.of("order-items")).contains(CaseStyle.KEBAB);
        assertThat(CaseStyle.of("order_items")).contains(CaseStyle.SNAKE);
        assertThat(CaseStyle.of("orderItems")).contains(CaseStyle.CAMEL);
        assertThat(CaseStyle.of("OrderItems")).contains(CaseStyle.PASCAL);
        assertThat(CaseStyle.of("SHA256_RSA")).contains(CaseStyle.SCREAMING_SNAKE);
        assertThat(CaseStyle.of("order_Items")).contains(CaseStyle.MIXED);
        assertThat(CaseStyle.of("orders")).isEmpty();
        assertThat(CaseStyle.of("2010-04-01")).isEmpty();
        assertThat(CaseStyle.of("@odata.type")).isEmpty();
    }

    @Test
    void findsVerbsButNotNounsThatLookLikeThem() {
        assertThat(PathVerbRule.verb("getUsers")).contains("get");
        assertThat(PathVerbRule.verb("createdraft")).contains("create");
        assertThat(PathVerbRule.verb("settings")).isEmpty();
        assertThat(PathVerbRule.verb("add-ons")).isEmpty();
        assertThat(PathVerbRule.verb("insertions")).isEmpty();
    }

    @Test
    void aConfiguredStyleOverridesTheDominantOne() throws IOException {
        List<Finding> findings = run(
                        "api-path-case-inconsistent",
                        Map.of("style", "snake_case"),
                        "GET /order-items\nGET /gift-cards\nGET /access_tokens\n")
                .findings();
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly(
                        "Segment 'order-items' of '/order-items' is kebab-case; the configured style is snake_case",
                        "Segment 'gift-cards' of '/gift-cards' is kebab-case; the configured style is snake_case");
    }

    @Test
    void anUnknownStyleIsAUsageError() {
        assertThatThrownBy(() -> run("api-path-case-inconsistent", Map.of("style", "Title Case"), "GET /a-b\n"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("Title Case");
    }

    @Test
    void maxDepthIsAnOption() throws IOException {
        List<Finding> findings = run("api-path-too-deep", Map.of("max-depth", "1"), "GET /users/:id/orders\n")
                .findings();
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly("Path '/users/{id}/orders' is 2 collection levels deep; the most is 1");
    }

    private RunResult run(String ruleId, Map<String, String> options, String endpoints) throws IOException {
        Path file = dir.resolve("endpoints.txt");
        Files.writeString(file, endpoints);
        ApiDocument api = new OpenApiLoader(Limits.DEFAULT).load(file, "endpoints.txt", InputKind.AUTO);
        Config config = Config.builder(dir)
                .rules(Map.of(ruleId, new RuleSettings(true, Optional.empty(), options)))
                .build();
        List<RegisteredRule<ApiDocument>> rules = OpenApiRules.registered(true).stream()
                .filter(r -> r.descriptor().id().equals(ruleId))
                .toList();
        return RuleRunner.run(api, api.file(), rules, config);
    }
}
