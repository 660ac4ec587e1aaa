package dev.archforge.openapi.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.archforge.openapi.load.InputKind;
import dev.archforge.openapi.load.OpenApiLoader;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example validator on the keywords it checks, and on the ones it deliberately skips. */
class ExampleValidatorTest {
    private static final String DOC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: [id, name]
                  properties:
                    id: {type: integer, readOnly: true}
                    name: {type: string, minLength: 2, maxLength: 5}
                    tags: {type: array, items: {type: string}}
                    owner: {$ref: "#/components/schemas/Owner"}
                    weight: {type: number, minimum: 0, maximum: 10.5}
                    nickname: {type: string, nullable: true}
                    code: {type: string, pattern: "[A-Z]{2}"}
                    broken: {type: string, pattern: "([a-z"}
                    kind: {enum: [1, "one", {a: [1, 2]}]}
                Owner:
                  type: object
                  required: [email]
                  properties:
                    email: {type: string, format: email}
                    since: {type: string, format: date}
                    seen: {type: string, format: date-time}
                    uid: {type: string, format: uuid}
                Tree:
                  type: object
                  properties:
                    child: {$ref: "#/components/schemas/Tree"}
                Composed:
                  allOf:
                    - {type: object, required: [x]}
                  additionalProperties: false
                  not: {type: object}
                Either:
                  type: [string, integer]
                Swagger:
                  type: string
                  x-nullable: true
                Slashed:
                  type: object
                  properties:
                    "a/b": {type: integer}
            """;

    @TempDir
    static Path dir;

    private static ApiDocument api;

    @BeforeAll
    static void load() throws IOException {
        Path file = dir.resolve("doc.yaml");
        Files.writeString(file, DOC, StandardCharsets.UTF_8);
        api = new OpenApiLoader(Limits.DEFAULT).load(file, "doc.yaml", InputKind.AUTO);
    }

    static Stream<String> validPets() {
        return Stream.of(
                "{name: Rex}",
                "{id: 1.0, name: Rex, tags: [a, b], weight: 10.5, nickname: null}",
                "{name: Rex, code: xABx, broken: anything, kind: {a: [1.0, 2]}}",
                "{name: Rex, kind: 1.00}",
                "{name: Rex, owner: {email: a@b.example, since: '2024-02-29',"
                        + " uid: 3FA85F64-5717-4562-B3FC-2C963F66AFA6}}",
                "{name: Rex, owner: {email: a@b, seen: '2024-05-01t10:00:00.25z'}}",
                "{name: Rex, unknown: [1, 2, 3]}");
    }

    @ParameterizedTest
    @MethodSource("validPets")
    void acceptsValidPets(String value) {
        assertThat(check(value, "Pet")).isEmpty();
    }

    static Stream<Arguments> invalidPets() {
        return Stream.of(
                arguments("[]", ": expected object, found array"),
                arguments("{id: 1}", ": required property 'name' is missing"),
                arguments("{name: R}", " at '/name': string of length 1 is shorter than minLength 2"),
                arguments(
                        "{name: '" + "\uD83D\uDC36".repeat(6) + "'}",
                        " at '/name': string of length 6 is longer than maxLength 5"),
                arguments("{name: Rex, id: 1.5}", " at '/id': expected integer, found number 1.5"),
                arguments("{name: Rex, id: '1'}", " at '/id': expected integer, found string \"1\""),
                arguments("{name: Rex, tags: [a, 2]}", " at '/tags/1': expected string, found integer 2"),
                arguments("{name: Rex, weight: -1}", " at '/weight': -1 is less than minimum 0"),
                arguments("{name: Rex, weight: 11}", " at '/weight': 11 is greater than maximum 10.5"),
                arguments("{name: Rex, nickname: 3}", " at '/nickname': expected string, found integer 3"),
                arguments("{name: Rex, code: ab}", " at '/code': 'ab' does not match pattern '[A-Z]{2}'"),
                arguments("{name: Rex, kind: {a: [2, 1]}}", " at '/kind': object is not one of the enum values"),
                arguments("{name: Rex, owner: {}}", " at '/owner': required property 'email' is missing"),
                arguments("{name: Rex, owner: {email: nobody}}", " at '/owner/email': 'nobody' is not a valid email"),
                arguments(
                        "{name: Rex, owner: {email: a@b, since: '2024-02-30'}}",
                        " at '/owner/since': '2024-02-30' is not a valid date"),
                arguments(
                        "{name: Rex, owner: {email: a@b, seen: '2024-05-01T10:00:00'}}",
                        " at '/owner/seen': '2024-05-01T10:00:00' is not a valid date-time"),
                arguments(
                        "{name: Rex, owner: {email: a@b, uid: 3fa85f64}}",
                        " at '/owner/uid': '3fa85f64' is not a valid uuid"));
    }

    @ParameterizedTest
    @MethodSource("invalidPets")
    void reportsTheFirstMismatchWithItsPath(String value, String expected) {
        assertThat(check(value, "Pet").map(ExampleValidator.Mismatch::describe)).contains(expected);
    }

    @Test
    void escapesPropertyNamesInThePath() {
        assertThat(check("{'a/b': x}", "Slashed").map(ExampleValidator.Mismatch::path))
                .contains("/a~1b");
    }

    @Test
    void checksDatesStrictly() {
        assertThat(ExampleValidator.validFormat("date", "+12024-01-01")).isFalse();
        assertThat(ExampleValidator.validFormat("date-time", "2024-01-01T00:00:00+0000"))
                .isFalse();
        assertThat(ExampleValidator.validFormat("date-time", "2024-01-01T00:00:00Z"))
                .isTrue();
        assertThat(ExampleValidator.validFormat("hostname", "not checked")).isTrue();
    }

    @Test
    void followsRecursiveReferencesAsDeepAsTheValueGoes() {
        assertThat(check("{child: {child: {child: {}}}}", "Tree")).isEmpty();
        assertThat(check("{child: {child: {child: 3}}}", "Tree").map(ExampleValidator.Mismatch::path))
                .contains("/child/child/child");
    }

    @Test
    void skipsKeywordsOutsideTheSubset() {
        assertThat(check("{y: 1}", "Composed")).isEmpty();
    }

    @Test
    void acceptsAnyOfSeveralTypesAndSwaggerNullable() {
        assertThat(check("3", "Either")).isEmpty();
        assertThat(check("three", "Either")).isEmpty();
        assertThat(check("true", "Either").map(ExampleValidator.Mismatch::problem))
                .contains("expected string or integer, found boolean true");
        assertThat(check("null", "Swagger")).isEmpty();
    }

    private static Optional<ExampleValidator.Mismatch> check(String yaml, String schema) {
        Node value = parse(yaml);
        ObjectNode schemas = api.root()
                .object("components")
                .flatMap(c -> c.object("schemas"))
                .orElseThrow();
        return new ExampleValidator(api).validate(value, schemas.get(schema).orElseThrow());
    }

    private static Node parse(String yaml) {
        return new DocumentReader(Limits.DEFAULT)
                .parse("value.yaml", ("value: " + yaml).getBytes(StandardCharsets.UTF_8))
                .root()
                .asObject()
                .flatMap(o -> o.get("value"))
                .orElseThrow();
    }
}
