package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema accepts the examples, and states the same keys, enums and names as the loader. */
class SchemaTest {
    static final Path DOCS_SCHEMA = Path.of("../docs/archforge-requirements.schema.json");
    static final String TEXT = RequirementsSchema.text();
    static final ObjectNode ROOT = Json.read("schema.json", TEXT).asObject().orElseThrow();
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(TEXT, InputFormat.JSON);

    static List<String> errors(String yaml) {
        return SCHEMA.validate(Json.of(Json.read(Load.FILE, yaml)), InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .toList();
    }

    static Node at(String pointer) {
        Node n = ROOT;
        for (String part : pointer.substring(1).split("/")) {
            n = n instanceof ArrayNode a
                    ? a.items().get(Integer.parseInt(part))
                    : n.asObject().orElseThrow().get(part).orElseThrow(() -> new AssertionError(pointer));
        }
        return n;
    }

    static List<String> keys(String pointer) {
        return new ArrayList<>(at(pointer).asObject().orElseThrow().members().keySet());
    }

    static List<String> texts(String pointer) {
        return at(pointer).asArray().orElseThrow().texts();
    }

    static String pattern(String pointer) {
        return at(pointer).asObject().orElseThrow().text("pattern").orElseThrow();
    }

    @Test
    void theJarShipsTheSchemaOfTheDocs() throws IOException {
        assertThat(TEXT).isEqualTo(Files.readString(DOCS_SCHEMA));
        assertThat(ROOT.text("$schema")).contains("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @MethodSource("dev.archforge.design.requirements.ExamplesTest#examples")
    void everyExampleValidates(Path example) throws IOException {
        assertThat(errors(Files.readString(example))).isEmpty();
    }

    static Stream<Arguments> sections() {
        return Stream.of(
                Arguments.of("/properties", RequirementKey.keys(null)),
                Arguments.of("/$defs/system/properties", RequirementKey.keys(RequirementKey.SYSTEM)),
                Arguments.of("/$defs/actor/oneOf/1/properties", RequirementKey.keys(RequirementKey.ACTORS)),
                Arguments.of("/$defs/entity/properties", RequirementKey.keys(RequirementKey.ENTITIES)),
                Arguments.of("/$defs/accessPattern/properties", RequirementKey.keys(RequirementKey.ACCESS_PATTERNS)),
                Arguments.of("/$defs/event/properties", RequirementKey.keys(RequirementKey.EVENTS)),
                Arguments.of("/$defs/scale/properties", RequirementKey.keys(RequirementKey.SCALE)),
                Arguments.of("/$defs/team/properties", RequirementKey.keys(RequirementKey.TEAM)),
                Arguments.of("/$defs/constraints/properties", RequirementKey.keys(RequirementKey.CONSTRAINTS)),
                Arguments.of("/$defs/brief/properties", RequirementKey.keys(RequirementKey.BRIEF)));
    }

    @ParameterizedTest
    @MethodSource("sections")
    void theSchemaListsTheKeysTheLoaderKnows(String pointer, List<String> known) {
        assertThat(keys(pointer)).containsExactlyElementsOf(known);
        String object = pointer.substring(0, pointer.lastIndexOf('/'));
        Node closed = object.isEmpty() ? ROOT : at(object);
        assertThat(closed.asObject()
                        .orElseThrow()
                        .get("additionalProperties")
                        .orElseThrow()
                        .asScalar())
                .hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("false"));
    }

    @Test
    void everyAccessPatternNamesExactlyOneOperation() {
        List<String> operations = new ArrayList<>();
        for (Node alternative :
                at("/$defs/accessPattern/oneOf").asArray().orElseThrow().items()) {
            operations.addAll(alternative
                    .asObject()
                    .orElseThrow()
                    .array("required")
                    .orElseThrow()
                    .texts());
        }
        assertThat(operations)
                .containsExactlyElementsOf(Arrays.stream(AccessPattern.Operation.values())
                        .map(o -> o.key().key())
                        .toList());
    }

    @Test
    void theEnumsAreTheLoaders() {
        assertThat(texts("/properties/features/items/enum"))
                .containsExactlyInAnyOrder(
                        Stream.of(Feature.values()).map(Feature::id).toArray(String[]::new));
        assertThat(texts("/$defs/constraints/properties/hosting/enum")).isEqualTo(ConstraintsReader.HOSTING);
        assertThat(texts("/$defs/constraints/properties/cloud/enum")).isEqualTo(ConstraintsReader.CLOUDS);
        assertThat(texts("/$defs/constraints/properties/compliance/items/enum"))
                .isEqualTo(ConstraintsReader.COMPLIANCE);
    }

    @Test
    void theNamePatternsAreTheLoaders() {
        assertThat(pattern("/$defs/system/properties/name")).isEqualTo(anchored(Patterns.KEBAB.pattern()));
        assertThat(pattern("/$defs/accessPattern/properties/name")).isEqualTo(anchored(Patterns.KEBAB.pattern()));
        assertThat(pattern("/properties/entities/propertyNames")).isEqualTo(anchored(Patterns.PASCAL.pattern()));
        assertThat(pattern("/$defs/event/properties/name")).isEqualTo(anchored(Patterns.PASCAL.pattern()));
        assertThat(pattern("/properties/actors/propertyNames")).isEqualTo(anchored(Patterns.WORD.pattern()));
        assertThat(pattern("/$defs/entity/properties/fields/propertyNames"))
                .isEqualTo(anchored(Patterns.SNAKE.pattern()));
        assertThat(pattern("/$defs/entity/properties/states/items")).isEqualTo(anchored(Patterns.SNAKE.pattern()));
        assertThat(pattern("/$defs/team/properties/skills/items")).isEqualTo(anchored(Patterns.SKILL.pattern()));
        assertThat(pattern("/$defs/constraints/properties/regions/items")).isEqualTo(anchored(Patterns.WORD.pattern()));
    }

    private static String anchored(String regex) {
        return "^" + regex + "$";
    }

    @Test
    void theFieldPatternAcceptsEveryFieldType() {
        String fieldPattern = pattern("/$defs/entity/properties/fields/additionalProperties");
        for (FieldType type : FieldType.values()) {
            String spec = type == FieldType.ENUM ? "enum(a, b_c, d-e)" : type.id();
            assertThat(spec + " required unique sensitive").matches(fieldPattern);
        }
        assertThat("string(80) required").matches(fieldPattern);
        assertThat("strng").doesNotMatch(fieldPattern);
        assertThat("decimal(10)").doesNotMatch(fieldPattern);
        assertThat("enum()").doesNotMatch(fieldPattern);
        assertThat("string mandatory").doesNotMatch(fieldPattern);
    }

    static Stream<Arguments> rejectedByBoth() {
        String base = Load.MINIMAL;
        return Stream.of(
                Arguments.of(base + "sytem: {}\n"),
                Arguments.of(base.replace("name: shop", "name: Shop")),
                Arguments.of(base + "features: [payment]\n"),
                Arguments.of(base.replace("email required unique", "strng")),
                Arguments.of(base + "scale: {registered-users: 0}\n"),
                Arguments.of(base + "scale: {peak-factor: 3, peak-rps: 10}\n"),
                Arguments.of(base + "constraints: {availability: 100}\n"),
                Arguments.of(base + "constraints: {hosting: on-premises, cloud: aws}\n"),
                Arguments.of(base + "actors: {user: {description: x, root: true}}\n"),
                Arguments.of(base + "access-patterns: [{name: a, actor: user, list: User, read: User}]\n"),
                Arguments.of(base + "access-patterns: [{name: a, actor: user, list: User, frequency: often}]\n"),
                Arguments.of(base + "access-patterns: [{name: a, actor: user, list: User, sort: email upward}]\n"),
                Arguments.of(base.replace("fields:", "relations: [has-many User]\n    fields:")),
                Arguments.of(base.replace("fields:", "states: [only]\n    fields:")));
    }

    @ParameterizedTest
    @MethodSource("rejectedByBoth")
    void theSchemaRejectsWhatTheLoaderRejects(String yaml) {
        Load.error(yaml);
        assertThat(errors(yaml)).isNotEmpty();
    }
}
