package dev.archforge.openapi.precision;

import dev.archforge.model.InvalidInputException;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One hand-labelled finding: which finding (its fingerprint, and rule, file and pointer to find it
 * again when only its message changed) and the verdict of a reader of the document.
 *
 * @param verdict {@code real} (a reviewer would sign it), {@code noise} (true to the letter, not
 *     worth a reader's time) or {@code wrong} (false, or advice that would make the document wrong)
 */
record Label(String rule, String fingerprint, String file, String pointer, String verdict, String reason) {
    static final Set<String> VERDICTS = Set.of("real", "noise", "wrong");

    Label {
        if (!VERDICTS.contains(verdict)) {
            throw new IllegalArgumentException(
                    "label of " + fingerprint + ": verdict must be one of " + VERDICTS + ", found '" + verdict + "'");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("label of " + fingerprint + " has no reason");
        }
    }

    /** Reads {@code - {rule: ..., fingerprint: ..., file: ..., pointer: ..., label: ..., reason: ...}} entries. */
    static List<Label> read(Path file) {
        Node root =
                new DocumentReader(Limits.DEFAULT).read(file, file.toString()).root();
        List<Label> out = new ArrayList<>();
        for (Node item : root.asArray().orElseThrow().items()) {
            ObjectNode o = item.asObject()
                    .orElseThrow(() -> new InvalidInputException(item.location(), "expected a label mapping"));
            out.add(new Label(
                    text(o, "rule"),
                    text(o, "fingerprint"),
                    text(o, "file"),
                    o.scalarText("pointer").orElse(""),
                    text(o, "label"),
                    text(o, "reason")));
        }
        return out;
    }

    private static String text(ObjectNode o, String key) {
        return o.scalarText(key).orElseThrow(() -> new InvalidInputException(o.location(), "label needs " + key));
    }
}
