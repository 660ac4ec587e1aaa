package dev.archforge.sql.rules;

import dev.archforge.sql.ast.Comment;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- archforge-ignore: rule-id[, rule-id] reason} comments of a file, by line. A comment
 * silences a rule on its own line and on the line after it.
 */
final class Suppressions {
    static final String MARKER = "archforge-ignore:";
    private static final Pattern IGNORE = Pattern.compile("archforge-ignore:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    private final Map<Integer, Set<String>> byLine = new HashMap<>();

    Suppressions(List<Comment> comments) {
        for (Comment c : comments) {
            Matcher m = IGNORE.matcher(c.text());
            if (!m.find()) {
                continue;
            }
            for (String id : m.group(1).split("\\s*,\\s*")) {
                for (int line = c.line(); line <= c.endLine() + 1; line++) {
                    byLine.computeIfAbsent(line, k -> new HashSet<>()).add(id);
                }
            }
        }
    }

    /** True when {@code ruleId} is ignored on {@code line}. */
    boolean ignores(String ruleId, int line) {
        return byLine.getOrDefault(line, Set.of()).contains(ruleId);
    }
}
