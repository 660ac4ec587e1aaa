package dev.archforge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopLevelKeysTest {
    @TempDir
    Path dir;

    private boolean isApi(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return TopLevelKeys.isApiRoot(file);
    }

    @Test
    void findsTheKeyAnywhereInMinifiedJson() throws Exception {
        String big = "\"x\":\"" + "a".repeat(10_000) + "\",";
        assertThat(isApi("min.json", "{" + big + "\"info\":{\"openapi\":\"nested\"},\"swagger\":\"2.0\"}"))
                .isTrue();
        assertThat(isApi("nested.json", "{" + big + "\"info\":{\"openapi\":\"3.0.3\"}}"))
                .isFalse();
        assertThat(isApi("array.json", "[{\"openapi\": \"3.0.3\"}]")).isFalse();
    }

    @Test
    void findsALateTopLevelYamlKeyButNotAnIndentedOne() throws Exception {
        String filler = "info:\n  title: t\n  description: |\n    openapi: not this one\n".repeat(500);
        assertThat(isApi("late.yaml", filler + "\"openapi\": 3.1.0\n")).isTrue();
        assertThat(isApi("part.yaml", filler)).isFalse();
        assertThat(isApi("bom.yaml", "\uFEFFswagger: '2.0'\n")).isTrue();
        assertThat(isApi("prefix.yaml", "openapiVersion: 3\n")).isFalse();
    }

    @Test
    void invalidJsonIsUnreadableWithItsPlace() throws Exception {
        assertThatThrownBy(() -> isApi("bad.json", "{\"a\": [1,\n"))
                .isInstanceOf(TopLevelKeys.Unreadable.class)
                .hasMessageStartingWith("not valid JSON at line 2");
    }
}
