package dev.archforge.sql.rules;

import dev.archforge.sql.ast.Comment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code -- archforge-ignore: rule-id[, rule-id] reason} comments of a file ({@link
 * IgnoreComment}), by line. A comment silences a rule on its own lines and on the line after it.
 */
final class Suppressions {
    private final Map<Integer, Set<String>> byLine = new HashMap<>();
    private final List<IgnoreComment> comments = new ArrayList<>();

    Suppressions(List<Comment> comments) {
        for (Comment c : comments) {
            if (!c.text().contains(IgnoreComment.MARKER)) {
                continue;
            }
            IgnoreComment.of(c).ifPresent(ignore -> {
                this.comments.add(ignore);
                for (IgnoreComment.Named id : ignore.rules()) {
                    for (int line = ignore.line(); line <= ignore.endLine() + 1; line++) {
                        byLine.computeIfAbsent(line, k -> new HashSet<>()).add(id.ruleId());
                    }
                }
            });
        }
    }

    /** True when {@code ruleId} is ignored on {@code line}. */
    boolean ignores(String ruleId, int line) {
        return byLine.getOrDefault(line, Set.of()).contains(ruleId);
    }

    /** Every ignore comment of the file, in file order. */
    List<IgnoreComment> comments() {
        return List.copyOf(comments);
    }
}
