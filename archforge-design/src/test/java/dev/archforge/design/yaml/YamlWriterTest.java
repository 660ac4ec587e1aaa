package dev.archforge.design.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class YamlWriterTest {

    private static Object reload(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void writesNestedMapsAndListsInBlockStyle() {
        Object tree = map(
                "openapi",
                "3.1.0",
                "info",
                map("title", "Fittrack API", "version", "1.0.0"),
                "tags",
                List.of(map("name", "workouts", "description", "Workouts"), map("name", "plans")),
                "required",
                List.of("id", "title"),
                "empty",
                List.of(),
                "none",
                map());

        assertThat(YamlWriter.write(tree)).isEqualTo("""
                        openapi: 3.1.0
                        info:
                          title: Fittrack API
                          version: 1.0.0
                        tags:
                          - name: workouts
                            description: Workouts
                          - name: plans
                        required:
                          - id
                          - title
                        empty: []
                        none: {}
                        """);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "true",
                "no",
                "null",
                "~",
                "1.0",
                "42",
                "0x1F",
                "2024-01-01",
                "a: b",
                "a #b",
                "- x",
                "#x",
                "*x",
                "&x",
                "!x",
                "'q'",
                "\"q\"",
                "{x}",
                "[x]",
                "x:",
                " lead",
                "trail ",
                "tab\there",
                "@x",
                "%x",
                "`x`",
                "|x",
                ">x",
                "?x",
                "x\ny",
                "\u0001"
            })
    void quotesEveryScalarAReaderWouldMisread(String value) {
        String yaml = YamlWriter.write(map("k", value));

        assertThat(reload(yaml)).isEqualTo(map("k", value));
    }

    @Test
    void keepsNumbersAndBooleansTyped() {
        String yaml =
                YamlWriter.write(map("int", 3, "long", 5_000_000_000L, "double", 2.5, "whole", 4.0, "flag", true));

        assertThat(yaml).isEqualTo("int: 3\nlong: 5000000000\ndouble: 2.5\nwhole: 4\nflag: true\n");
        assertThat(reload(yaml))
                .isEqualTo(map("int", 3, "long", 5_000_000_000L, "double", 2.5, "whole", 4, "flag", true));
    }

    @Test
    void writesMultiLineStringsAsLiteralBlocks() {
        String yaml = YamlWriter.write(map("description", map("text", "line one\nline two\n")));

        assertThat(yaml).isEqualTo("description:\n  text: |\n    line one\n    line two\n");
        assertThat(reload(yaml)).isEqualTo(map("description", map("text", "line one\nline two\n")));
    }

    @Test
    void writesCommentsBeforeEntriesAndItems() {
        Object tree = map(
                "scale",
                map("daily-active-users", new Commented("assumed: edit me", 1000)),
                "items",
                List.of(new Commented("first", map("a", 1, "b", 2))));

        String yaml = YamlWriter.write(tree);

        assertThat(yaml).isEqualTo("""
                        scale:
                          # assumed: edit me
                          daily-active-users: 1000
                        items:
                          # first
                          - a: 1
                            b: 2
                        """);
        assertThat(reload(yaml))
                .isEqualTo(map("scale", map("daily-active-users", 1000), "items", List.of(map("a", 1, "b", 2))));
    }

    @Test
    void writesListsOfListsAndEmptyRoots() {
        assertThat(YamlWriter.write(List.of(List.of(1, 2), List.of()))).isEqualTo("- - 1\n  - 2\n- []\n");
        assertThat(YamlWriter.write(map())).isEqualTo("{}\n");
        assertThat(YamlWriter.write(List.of())).isEqualTo("[]\n");
    }
}
