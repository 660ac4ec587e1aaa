package dev.archforge.design.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.blueprint.Blueprint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every relative link in the Markdown files points at a file of the blueprint. */
class LinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+)\\)");
    /** Written by the OpenAPI and SQL contributors, which this module's tests do not run here. */
    private static final Set<String> OTHER_CONTRIBUTORS = Set.of("api/openapi.yaml", "db/migration/V1__init.sql");

    @ParameterizedTest
    @ValueSource(strings = {"fitness", "fitness-k8s"})
    void everyRelativeLinkResolves(String name) {
        Blueprint blueprint = Artifacts.blueprint(TestDesigns.all().get(name));
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (var f : blueprint.files().entrySet()) {
            if (!f.getKey().endsWith(".md")) {
                continue;
            }
            Path folder = Path.of(f.getKey()).getParent();
            Matcher m = LINK.matcher(f.getValue());
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://")) {
                    continue;
                }
                links++;
                String resolved = (folder == null ? Path.of(target) : folder.resolve(target))
                        .normalize()
                        .toString()
                        .replace('\\', '/');
                if (!blueprint.files().containsKey(resolved) && !OTHER_CONTRIBUTORS.contains(resolved)) {
                    broken.add(f.getKey() + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).isGreaterThan(15);
    }
}
