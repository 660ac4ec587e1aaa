package dev.archforge.design.init;

import dev.archforge.design.requirements.AccessPattern.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does what in a brief, read from its own nouns and verbs: "Riders request trips, see nearby drivers
 * live on a map, and pay by card" gives the actor {@code rider} and three actions, {@code request trips},
 * {@code see nearby drivers} and {@code pay}. A subject is a person or a device ({@link Words#actor}) in
 * front of a verb of the lexicon; the verbs after it, joined by commas and "and", share it.
 */
final class Sketch {
    /**
     * One thing an actor does.
     *
     * @param verb the verb's base form
     * @param object the words of its object as written, without articles and possessives
     * @param head the object's main noun, singular; empty when the verb has no object
     * @param start where the action starts in the marked text
     * @param end where its object ends
     * @param sentence the index of its sentence
     */
    record Action(
            String actor,
            String verb,
            Operation operation,
            List<String> object,
            String head,
            int start,
            int end,
            int sentence) {
        Action {
            object = List.copyOf(object);
        }
    }

    /** A word of the marked text and where it is. */
    record Token(String text, int start, int end, int sentence) {
        boolean word() {
            return Character.isLetter(text.charAt(0));
        }
    }

    private static final Pattern TOKEN = Pattern.compile("‹\\d+›|[a-z][a-z'’-]*[a-z]|[a-z]|[.,;:!?()]|\\S");
    private static final Set<String> BRIDGES = Set.of(
            "can",
            "could",
            "will",
            "would",
            "should",
            "may",
            "might",
            "must",
            "also",
            "then",
            "each",
            "both",
            "all",
            "that",
            "who",
            "just",
            "only",
            "often",
            "usually",
            "regularly",
            "constantly",
            "continuously",
            "want",
            "wants",
            "need",
            "needs",
            "to",
            "able",
            "be",
            "are",
            "is",
            "quickly",
            "easily",
            "instantly");
    private static final Set<String> PARTICLES = Set.of("for", "up", "through", "into", "out", "at", "on");

    private final List<Token> tokens;
    private final Map<String, Boolean> actors = new LinkedHashMap<>();
    private final List<Action> actions = new ArrayList<>();

    private Sketch(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The actors and actions of the marked brief. */
    static Sketch of(String marked) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(marked);
        int sentence = 0;
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), sentence));
            if (m.group().matches("[.!?;]")) {
                sentence++;
            }
        }
        Sketch s = new Sketch(tokens);
        s.read();
        return s;
    }

    /** Actor names (singular nouns) in the order met, each with whether it is a device. */
    Map<String, Boolean> actors() {
        return actors;
    }

    List<Action> actions() {
        return actions;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The actor a noun names: {@code drivers} → {@code driver}, people in general → {@code user}. */
    static Optional<String> actorOf(String word) {
        String s = Words.singular(word);
        if (s.equals("person") || s.equals("people") || s.equals("everyone")) {
            return Optional.of("user");
        }
        return Words.actor(s) ? Optional.of(s.replace(' ', '_')) : Optional.empty();
    }

    private void read() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Optional<String> actor = t.word() ? actorOf(t.text()) : Optional.empty();
            if (actor.isEmpty()) {
                continue;
            }
            int at = skip(i + 1);
            Optional<String> verb =
                    at < tokens.size() ? Verbs.verb(tokens.get(at).text()) : Optional.empty();
            if (verb.isEmpty() || !plausibleVerb(tokens.get(at).text(), t.text()) || compound(at)) {
                continue;
            }
            actors.putIfAbsent(actor.get(), Words.DEVICES.contains(actor.get()));
            i = chain(actor.get(), at) - 1;
        }
    }

    /** A singular subject takes "sends", a plural one "send"; collective nouns take either. */
    private static boolean plausibleVerb(String verb, String subject) {
        boolean pluralSubject = subject.endsWith("s") && !subject.endsWith("ss");
        boolean thirdPerson = !Verbs.VERBS.containsKey(verb);
        return pluralSubject != thirdPerson
                || Set.of("people", "staff", "everyone").contains(subject);
    }

    /** "patient records are kept": a would-be verb followed by an auxiliary is the noun of a compound. */
    private boolean compound(int verb) {
        return verb + 1 < tokens.size()
                && Set.of("are", "is", "were", "was", "must", "should", "will", "have", "has", "need", "get")
                        .contains(tokens.get(verb + 1).text());
    }

    /** The index of the first token from {@code from} that is not a modal or adverb between subject and verb. */
    private int skip(int from) {
        int i = from;
        while (i < tokens.size() && BRIDGES.contains(tokens.get(i).text())) {
            i++;
        }
        return i;
    }

    /** Reads the actions from the verb at {@code at} on, sharing {@code actor}; returns where it stopped. */
    private int chain(String actor, int at) {
        int i = at;
        while (i < tokens.size()) {
            Optional<String> verb = Verbs.verb(tokens.get(i).text());
            if (verb.isEmpty()) {
                return i;
            }
            i = action(actor, verb.get(), i);
            int next = i;
            while (next < tokens.size()
                    && (tokens.get(next).text().equals(",")
                            || tokens.get(next).text().equals("and")
                            || BRIDGES.contains(tokens.get(next).text()))) {
                next++;
            }
            if (next >= tokens.size()
                    || tokens.get(next).sentence() != tokens.get(at).sentence()
                    || Verbs.verb(tokens.get(next).text()).isEmpty()
                    || next == i) {
                return i;
            }
            i = next;
        }
        return i;
    }

    /** One verb and its object; returns the index after the object. */
    private int action(String actor, String verb, int at) {
        int i = at + 1;
        if (verb.equals("look")
                && i < tokens.size()
                && PARTICLES.contains(tokens.get(i).text())) {
            i++;
        }
        while (i < tokens.size()
                && (PhraseWords.ADJECTIVES.contains(tokens.get(i).text()) || measure(tokens.get(i)))) {
            i++;
        }
        List<String> object = new ArrayList<>();
        while (i < tokens.size()
                && object.size() < 3
                && tokens.get(i).word()
                && !PhraseWords.STOPS.contains(tokens.get(i).text())
                && (object.isEmpty() || Verbs.verb(tokens.get(i).text()).isEmpty() || plural(tokens.get(i)))) {
            object.add(tokens.get(i).text());
            i++;
        }
        List<String> described = new ArrayList<>();
        for (int k = at + 1; k < i; k++) {
            if (!Set.of("their", "his", "her", "its", "our", "your", "my", "the", "a", "an")
                            .contains(tokens.get(k).text())
                    && !measure(tokens.get(k))) {
                described.add(tokens.get(k).text());
            }
        }
        String head = head(object);
        int end = object.isEmpty() ? tokens.get(at).end() : tokens.get(i - 1).end();
        actions.add(new Action(
                actor,
                verb,
                Objects.requireNonNull(Verbs.VERBS.get(verb)),
                described,
                head,
                tokens.get(at).start(),
                end,
                tokens.get(at).sentence()));
        return i;
    }

    /** A number, a unit or a hyphen in front of a noun: "200-byte pings", "5 MB videos". */
    private static boolean measure(Token t) {
        return t.text().startsWith("‹")
                || t.text().equals("-")
                || Set.of("byte", "bytes", "b", "kb", "mb", "gb", "kib", "mib", "gib")
                        .contains(t.text());
    }

    private static boolean plural(Token t) {
        return t.text().endsWith("s") && !Verbs.VERBS.containsKey(t.text());
    }

    /** The main noun of an object: its last word unless that is a vague one ("trip history" → trip). */
    static String head(List<String> object) {
        for (int k = object.size() - 1; k >= 0; k--) {
            String s = Words.singular(object.get(k));
            if (Words.POSITIONS.contains(s)
                    || (!PhraseWords.NOT_RECORDS.contains(s)
                            && !PhraseWords.ADJECTIVES.contains(object.get(k))
                            && !PhraseWords.STOPS.contains(object.get(k))
                            && !object.get(k).startsWith("‹"))) {
                return s;
            }
        }
        return "";
    }
}
