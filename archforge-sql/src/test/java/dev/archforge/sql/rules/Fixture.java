package dev.archforge.sql.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL rule fixture and the findings it expects, written in the fixture as comments:
 * {@code -- expect: rule-id "message part"} at the end of the line the finding is on, or on a line
 * of its own, where it applies to the next line that is not blank and not a marker.
 */
record Fixture(Path path, List<Expected> expected) {
    private static final Pattern MARKER =
            Pattern.compile("--\\s*expect:\\s*([a-z0-9-]+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Expected(int line, String ruleId, String text) {
        @Override
        public String toString() {
            return "line " + line + " " + ruleId + " \"" + text + "\"";
        }
    }

    static Fixture read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<Expected> expected = new ArrayList<>();
        List<Expected> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = MARKER.matcher(line);
            boolean any = false;
            boolean ownLine = line.strip().startsWith("--");
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
