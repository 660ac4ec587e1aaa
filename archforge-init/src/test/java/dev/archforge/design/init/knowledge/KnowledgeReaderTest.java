package dev.archforge.design.init.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The knowledge files are data with a schema (docs/knowledge-base.md): every file is registered, and a
 * malformed entry fails when it is read, with its file:line:column and what was expected.
 */
class KnowledgeReaderTest {
    static final Path DIR = Path.of("src/main/resources/dev/archforge/design/init/knowledge");

    private static final EntitySpec ACCOUNT =
            EntitySpec.named("User").asAccount().fields("email: email required unique");

    private static final String DOMAIN = """
            id: shop
            title: Shop
            keywords: [shop]
            system-name: shop
            primary-actor: buyer
            primary-entity: Order
            audience: consumer
            actors:
              buyer: People who buy.
            entities:
              Order:
                owner: buyer
                fields:
                  total: money required
                relations: [belongs-to User as buyer]
            """;

    private static Domain domain(String yaml) {
        return KnowledgeReader.domain("d.yaml", yaml.getBytes(StandardCharsets.UTF_8), ACCOUNT);
    }

    private static Capability capability(String yaml) {
        return KnowledgeReader.capability("c.yaml", yaml.getBytes(StandardCharsets.UTF_8), ACCOUNT);
    }

    @Test
    void everyFileIsRegisteredAndEveryRegisteredFileReads() throws IOException {
        assertThat(names("domains"))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(KnowledgeBase.DOMAINS.stream(), Stream.of(KnowledgeBase.FALLBACK))
                                .toList());
        assertThat(names("capabilities")).containsExactlyInAnyOrderElementsOf(KnowledgeBase.CAPABILITIES);
        assertThat(KnowledgeBase.DOMAINS).isSorted();
        assertThat(KnowledgeBase.CAPABILITIES).isSorted();
        KnowledgeBase kb = KnowledgeBase.load();
        assertThat(kb.domains()).hasSize(KnowledgeBase.DOMAINS.size());
        assertThat(kb.capabilities()).hasSize(KnowledgeBase.CAPABILITIES.size());
    }

    private static List<String> names(String folder) throws IOException {
        try (Stream<Path> files = Files.list(DIR.resolve(folder))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", ""))
                    .toList();
        }
    }

    @Test
    void everyFileStartsWithAHeaderNamingTheSchema() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertThat(Files.readString(file))
                        .as(file.toString())
                        .startsWith("# Knowledge base of 'archforge init'")
                        .contains("Schema: docs/knowledge-base.md");
            }
        }
    }

    @Test
    void readsADomainTheWayTheRequirementsFileWritesItsParts() {
        Domain d = domain(DOMAIN + """
                profile:
                  peak-factor: 6
                  team-size: 2
                access-patterns:
                  - name: list-my-orders
                    actor: buyer
                    list: Order
                    filter: [buyer]
                    sort: created_at desc
                    per-user-per-day: 0.5
                """);
        assertThat(d.profile())
                .isEqualTo(Profile.builder().peakFactor(6).teamSize(2).build());
        assertThat(d.parts().entities().get(0))
                .isEqualTo(EntitySpec.named("Order")
                        .owner("buyer")
                        .fields("total: money required")
                        .relations("belongs-to User as buyer"));
        assertThat(d.parts().patterns())
                .containsExactly(PatternSpec.of(
                                "list-my-orders",
                                "buyer",
                                dev.archforge.design.requirements.AccessPattern.Operation.LIST,
                                "Order",
                                0.5)
                        .filter("buyer")
                        .sort("created_at desc"));
    }

    @Test
    void anEntityExtendsTheAccountWithItsOwnFields() {
        Capability c = capability("""
                id: auth
                keywords: [login]
                entities:
                  User:
                    extends: account
                    fields:
                      birth_date: date sensitive
                """);
        assertThat(c.parts().entities()).containsExactly(ACCOUNT.fields("birth_date: date sensitive"));
    }

    @Test
    void profileAtLeastRaisesButNeverLowers() {
        Capability c = capability("""
                id: flash-sales
                keywords: [flash sale]
                profile-at-least:
                  peak-factor: 20
                """);
        assertThat(c.adjust().apply(Profile.typical()).peakFactor()).isEqualTo(20);
        assertThat(c.adjust().apply(Profile.builder().peakFactor(30).build()).peakFactor())
                .isEqualTo(30);
    }

    /**
     * One change to {@link #DOMAIN} (the first {@code from} becomes {@code to}, where ¶ starts a new line;
     * an empty {@code from} appends), and the message it must fail with, located in the changed file.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // an unknown key, at the key
                "title: Shop | titel: Shop | d.yaml:2:1: unknown key 'titel' in domain, expected one of id, title,"
                        + " keywords, system-name, primary-actor, primary-entity, audience, profile, features, actors,"
                        + " entities, access-patterns, events, risks",
                // a field shorthand with a typo, at the field
                "total: money required | total: mony required | d.yaml:14:14: field 'mony required': unknown type"
                        + " 'mony'",
                // a member of the wrong type, at the member
                "keywords: [shop] | keywords: shop | d.yaml:3:11: expected a list for 'keywords' in domain, found"
                        + " text 'shop'",
                "buyer: People who buy. | buyer: [a] | d.yaml:9:10: expected a description or an object for actor"
                        + " 'buyer', found a list",
                "audience: consumer | audience: shoppers | d.yaml:7:11: unknown audience 'shoppers', expected"
                        + " consumer, business, internal or devices",
                " | features: [payment] | d.yaml:16:12: unknown feature 'payment'",
                " | profile:¶  peak: 3 | d.yaml:17:3: unknown profile value 'peak', expected one of"
                        + " daily-active-users, active-share, actions-per-user-per-day, peak-factor, read-percent,"
                        + " payload-kb, monthly-growth-percent, retention-months, team-size, availability,"
                        + " latency-p99-ms, budget-per-month",
                " | profile:¶  team-size: 2.5 | d.yaml:17:14: expected a whole number for 'team-size', found 2.5",
                "owner: buyer | extends: customer | d.yaml:12:14: unknown entity 'customer' to extend, expected"
                        + " 'account'",
                "owner: buyer | retention-months: ever | d.yaml:12:23: expected a number of months or 'forever' for"
                        + " 'retention-months' of entity 'Order'",
                " | access-patterns:¶  - name: buy¶    actor: buyer¶    create: Order¶    read: Order¶"
                        + "    per-user-per-day: 1 | d.yaml:17:5: access pattern 'buy' names 2 operations, expected"
                        + " one of create, read, list, update, delete, search naming the entity",
                " | access-patterns:¶  - name: buy¶    actor: buyer¶    create: Order | d.yaml:17:5: missing"
                        + " 'per-user-per-day' in access pattern 'buy'",
                " | events:¶  - name: ordered¶    entity: Order | d.yaml:17:5: event name must be PascalCase, got"
                        + " 'ordered'",
                "primary-actor: buyer | primary-actor: seller | d.yaml:1:1: domain 'shop' has no actor 'seller'"
            })
    void aMalformedEntryFailsAtItsLocation(String from, String to, String message) {
        String change = to.replace('¶', '\n');
        String yaml = from == null ? DOMAIN + change + "\n" : DOMAIN.replaceFirst(Pattern.quote(from), change);
        assertThat(yaml).isNotEqualTo(DOMAIN);
        assertThatThrownBy(() -> domain(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }
}
