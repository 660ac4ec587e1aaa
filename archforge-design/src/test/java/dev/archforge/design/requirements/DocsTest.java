package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/requirements.md names every key the loader knows, and its example is a valid file. */
class DocsTest {
    static final Path DOC = Path.of("../docs/requirements.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyKeyIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        // every key of the file: the top-level keys and those of each object, items included
        List<String> keys = Stream.of(RequirementKey.values())
                .map(RequirementKey::key)
                .distinct()
                .toList();
        for (String key : keys) {
            assertThat(doc).as(key).contains("`" + key + "`");
        }
        for (Feature feature : Feature.values()) {
            assertThat(doc).contains("`" + feature.id() + "`");
        }
        for (FieldType type : FieldType.values()) {
            assertThat(doc).contains("`" + (type == FieldType.ENUM ? "enum(a, b, c)" : type.id()) + "`");
        }
    }

    @Test
    void theShortExampleLoadsAndValidates() throws IOException {
        List<String> files = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            if (m.group(1).startsWith("system:")) {
                files.add(m.group(1));
            }
        }
        assertThat(files).hasSize(1);
        Requirements r = Load.yaml(files.get(0));
        assertThat(r.entity("Workout").orElseThrow().owner()).contains("member");
        assertThat(SchemaTest.errors(files.get(0))).isEmpty();
    }
}
