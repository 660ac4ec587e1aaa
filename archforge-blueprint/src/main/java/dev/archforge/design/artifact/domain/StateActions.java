package dev.archforge.design.artifact.domain;

import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a record moves through its lifecycle in the API: one action per state after the first
 * ({@code POST /orders/{orderId}/cancel} moves an order to {@code cancelled}), never a write of the
 * {@code state} field, so the server checks each transition. The action is the verb of the state
 * ({@code published} → {@code publish}); a state that is no past participle becomes
 * {@code mark-<state>} ({@code mark-offline}).
 */
public final class StateActions {
    /** States whose verb is not their stem. */
    private static final Map<String, String> IRREGULAR = Map.of(
            "active", "activate",
            "inactive", "deactivate",
            "in_progress", "start",
            "paid", "pay",
            "sold", "sell",
            "open", "reopen",
            "live", "go-live",
            "done", "complete");

    /** Verbs the HTTP methods already name: a state {@code deleted} is marked, not "deleted" by POST. */
    private static final Set<String> CRUD =
            Set.of("add", "create", "delete", "edit", "get", "insert", "list", "remove", "save", "set", "update");

    private StateActions() {}

    /**
     * One transition the API offers.
     *
     * @param verb the last path segment, kebab-case
     * @param state the state the record moves to
     */
    public record Action(String verb, String state) {}

    /** The actions of an entity: one per state after the initial one, in lifecycle order. */
    public static List<Action> of(Entity entity) {
        List<Action> out = new ArrayList<>();
        List<String> states = entity.states();
        for (int i = 1; i < states.size(); i++) {
            out.add(new Action(verb(states.get(i)), states.get(i)));
        }
        return List.copyOf(out);
    }

    /** {@code published} → {@code publish}, {@code handed_out} → {@code hand-out}, {@code offline} → {@code mark-offline}. */
    static String verb(String state) {
        String snake = Names.snake(state);
        if (IRREGULAR.containsKey(snake)) {
            return IRREGULAR.get(snake);
        }
        String[] words = snake.split("_");
        String first = words[0];
        if (first.endsWith("ed") && first.length() > 4) {
            StringBuilder out = new StringBuilder(stem(first));
            for (int i = 1; i < words.length; i++) {
                out.append('-').append(words[i]);
            }
            if (!CRUD.contains(out.toString().split("-")[0])) {
                return out.toString();
            }
        }
        return "mark-" + Names.kebab(snake);
    }

    /** The infinitive of a regular past participle: approved → approve, cancelled → cancel, shipped → ship. */
    static String stem(String participle) {
        if (participle.endsWith("ied")) {
            return participle.substring(0, participle.length() - 3) + "y";
        }
        String s = participle.substring(0, participle.length() - 2);
        int n = s.length();
        char last = s.charAt(n - 1);
        char before = s.charAt(n - 2);
        boolean vowelBefore = isVowel(before) && (n < 3 || !isVowel(s.charAt(n - 3)));
        if (last == before && "bglmnprt".indexOf(last) >= 0) {
            return s.substring(0, n - 1); // cancelled, shipped, submitted
        }
        boolean silentE =
                switch (last) {
                    case 'v', 'z' -> true; // approve, archive, authorize
                    case 'g' -> before == 'd'; // acknowledge
                    case 'l' -> !isVowel(before) || before == 'u'; // settle, schedule
                    case 's' -> vowelBefore || before == 'r'; // close, purchase, reimburse
                    case 't' -> vowelBefore && before != 'i'; // complete, create; not visit
                    case 'r' -> vowelBefore && before != 'e'; // retire, capture, declare; not deliver
                    case 'n', 'd' -> vowelBefore && (before == 'i' || before == 'u'); // decline, provide
                    case 'k' -> vowelBefore && before != 'e'; // revoke, invoke
                    case 'c' -> true; // produce, reduce
                    default -> false;
                };
        return silentE ? s + "e" : s;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
