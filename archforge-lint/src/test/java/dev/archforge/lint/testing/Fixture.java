package dev.archforge.lint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule fixture and the findings it expects, written in the fixture's own comment syntax:
 * {@code # expect: rule-id "message part"} in YAML and endpoint lists, {@code -- expect: ...} in
 * SQL, at the end of the line the finding is on, or on a line of its own, where it applies to the
 * next line that is not blank and not a marker. Shared by the API and SQL fixture runners (this
 * module's test jar).
 */
public record Fixture(Path path, List<Expected> expected) {

    /** One expected finding: its line, rule and a part of its message. */
    public record Expected(int line, String ruleId, String text) {
        @Override
        public String toString() {
            return "line " + line + " " + ruleId + " \"" + text + "\"";
        }
    }

    /** Checks the markers fit the fixture's name: {@code pass*} files have none, {@code fail*} files some. */
    public void assertWellFormed() {
        if (path.getFileName().toString().startsWith("pass")) {
            assertThat(expected)
                    .as("a pass fixture has no expect markers: %s", path)
                    .isEmpty();
        } else {
            assertThat(expected)
                    .as("a fail fixture needs at least one expect marker: %s", path)
                    .isNotEmpty();
        }
    }

    /**
     * Each marker must be met by a finding on its line with its rule and a message containing its
     * text, and each finding must have a marker.
     */
    public void assertMatches(List<Finding> findings) {
        List<Finding> unmatched = new ArrayList<>(findings);
        List<Expected> missing = new ArrayList<>();
        for (Expected e : expected) {
            Optional<Finding> hit = unmatched.stream()
                    .filter(f -> f.location().line() == e.line()
                            && f.ruleId().equals(e.ruleId())
                            && f.message().contains(e.text()))
                    .findFirst();
            if (hit.isEmpty()) {
                missing.add(e);
            } else {
                unmatched.remove(hit.get());
            }
        }
        List<String> unexpected = unmatched.stream()
                .map(f -> "line " + f.location().line() + " " + f.ruleId() + " \"" + f.message() + "\"")
                .toList();
        assertThat(missing)
                .as("expected findings not reported in %s (got %s)", path, unexpected)
                .isEmpty();
        assertThat(unexpected)
                .as("findings without an expect marker in %s", path)
                .isEmpty();
    }

    /** Reads the markers of a fixture whose comments start with {@code commentStart} ({@code #} or {@code --}). */
    public static Fixture read(Path path, String commentStart) throws IOException {
        Pattern marker = Pattern.compile(
                Pattern.quote(commentStart) + "\\s*expect:\\s*([a-z0-9-]+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<Expected> expected = new ArrayList<>();
        List<Expected> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = marker.matcher(line);
            boolean any = false;
            boolean ownLine = line.strip().startsWith(commentStart);
            while (m.find()) {
                any = true;
                Expected e = new Expected(i + 1, m.group(1), m.group(2).replace("\\\"", "\""));
                if (ownLine) {
                    pending.add(e);
                } else {
                    expected.add(e);
                }
            }
            if (!any && !line.isBlank() && !pending.isEmpty()) {
                for (Expected p : pending) {
                    expected.add(new Expected(i + 1, p.ruleId(), p.text()));
                }
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(path + ": marker at the end of the file applies to no line");
        }
        return new Fixture(path, List.copyOf(expected));
    }
}
