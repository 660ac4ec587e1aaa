package dev.archforge.design.init;

import dev.archforge.design.requirements.AccessPattern.Operation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verbs of the lexicon {@code init} reads briefs with (see {@link Words}): what each does to the
 * record that follows it, and the base form of a verb as a brief writes it.
 */
final class Verbs {
    /** Verbs of a brief and what they do to their object. */
    static final Map<String, Operation> VERBS = Map.ofEntries(
            Map.entry("add", Operation.CREATE),
            Map.entry("apply", Operation.CREATE),
            Map.entry("bid", Operation.CREATE),
            Map.entry("book", Operation.CREATE),
            Map.entry("buy", Operation.CREATE),
            Map.entry("claim", Operation.CREATE),
            Map.entry("comment", Operation.CREATE),
            Map.entry("create", Operation.CREATE),
            Map.entry("donate", Operation.CREATE),
            Map.entry("enter", Operation.CREATE),
            Map.entry("file", Operation.CREATE),
            Map.entry("hire", Operation.CREATE),
            Map.entry("invite", Operation.CREATE),
            Map.entry("issue", Operation.CREATE),
            Map.entry("leave", Operation.CREATE),
            Map.entry("list", Operation.CREATE),
            Map.entry("log", Operation.CREATE),
            Map.entry("make", Operation.CREATE),
            Map.entry("offer", Operation.CREATE),
            Map.entry("order", Operation.CREATE),
            Map.entry("place", Operation.CREATE),
            Map.entry("post", Operation.CREATE),
            Map.entry("publish", Operation.CREATE),
            Map.entry("purchase", Operation.CREATE),
            Map.entry("raise", Operation.CREATE),
            Map.entry("rate", Operation.CREATE),
            Map.entry("record", Operation.CREATE),
            Map.entry("register", Operation.CREATE),
            Map.entry("rent", Operation.CREATE),
            Map.entry("report", Operation.CREATE),
            Map.entry("request", Operation.CREATE),
            Map.entry("reserve", Operation.CREATE),
            Map.entry("review", Operation.CREATE),
            Map.entry("schedule", Operation.CREATE),
            Map.entry("sell", Operation.CREATE),
            Map.entry("send", Operation.CREATE),
            Map.entry("share", Operation.CREATE),
            Map.entry("sign", Operation.CREATE),
            Map.entry("start", Operation.CREATE),
            Map.entry("submit", Operation.CREATE),
            Map.entry("swap", Operation.CREATE),
            Map.entry("upload", Operation.CREATE),
            Map.entry("write", Operation.CREATE),
            Map.entry("browse", Operation.LIST),
            Map.entry("check", Operation.LIST),
            Map.entry("follow", Operation.LIST),
            Map.entry("monitor", Operation.LIST),
            Map.entry("see", Operation.LIST),
            Map.entry("track", Operation.LIST),
            Map.entry("watch", Operation.LIST),
            Map.entry("download", Operation.READ),
            Map.entry("open", Operation.READ),
            Map.entry("read", Operation.READ),
            Map.entry("receive", Operation.LIST),
            Map.entry("view", Operation.READ),
            Map.entry("discover", Operation.SEARCH),
            Map.entry("find", Operation.SEARCH),
            Map.entry("look", Operation.SEARCH),
            Map.entry("query", Operation.SEARCH),
            Map.entry("search", Operation.SEARCH),
            Map.entry("accept", Operation.UPDATE),
            Map.entry("approve", Operation.UPDATE),
            Map.entry("assign", Operation.UPDATE),
            Map.entry("cancel", Operation.UPDATE),
            Map.entry("change", Operation.UPDATE),
            Map.entry("close", Operation.UPDATE),
            Map.entry("complete", Operation.UPDATE),
            Map.entry("confirm", Operation.UPDATE),
            Map.entry("decline", Operation.UPDATE),
            Map.entry("edit", Operation.UPDATE),
            Map.entry("manage", Operation.UPDATE),
            Map.entry("mark", Operation.UPDATE),
            Map.entry("modify", Operation.UPDATE),
            Map.entry("reject", Operation.UPDATE),
            Map.entry("renew", Operation.UPDATE),
            Map.entry("reschedule", Operation.UPDATE),
            Map.entry("resolve", Operation.UPDATE),
            Map.entry("update", Operation.UPDATE),
            Map.entry("verify", Operation.UPDATE),
            Map.entry("delete", Operation.DELETE),
            Map.entry("remove", Operation.DELETE),
            Map.entry("ping", Operation.CREATE),
            Map.entry("pay", Operation.CREATE),
            Map.entry("charge", Operation.CREATE),
            Map.entry("tip", Operation.CREATE));

    /** Verbs whose record is a payment, whatever follows them. */
    static final Set<String> PAYING = Set.of("pay", "charge", "tip");

    private Verbs() {}

    /** The base form of a verb as a brief writes it ("sends", "requests", "pays"), if it is one. */
    static Optional<String> verb(String word) {
        if (VERBS.containsKey(word)) {
            return Optional.of(word);
        }
        if (word.endsWith("es") && VERBS.containsKey(word.substring(0, word.length() - 2))) {
            return Optional.of(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") && VERBS.containsKey(word.substring(0, word.length() - 1))) {
            return Optional.of(word.substring(0, word.length() - 1));
        }
        return Optional.empty();
    }
}
