package dev.archforge.lint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
