package dev.archforge.openapi.rules.http;

import dev.archforge.openapi.model.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a path is about: a collection, an item, or an action (a verb segment or a {@code :verb} suffix). */
final class HttpPaths {
    private HttpPaths() {}

    /** The last segment of a path without a file extension ({@code Calls.json} gives {@code Calls}). */
    static String lastSegment(String path) {
        List<String> segments = Paths.segments(path);
        if (segments.isEmpty()) {
            return "";
        }
        String last = segments.get(segments.size() - 1);
        int dot = last.lastIndexOf('.');
        return dot > 0 && last.lastIndexOf('}') < dot ? last.substring(0, dot) : last;
    }

    /** True when the last segment is a parameter, extension or not: {@code /pets/{id}}, {@code /Calls/{Sid}.json}. */
    static boolean isItemPath(String path) {
        return Paths.isParameter(lastSegment(path));
    }

    /** A collection: the last segment is a plural-looking noun, not a parameter nor an action. */
    static boolean isCollectionPath(String path) {
        String last = lastSegment(path);
        if (last.isEmpty() || Paths.isParameter(last) || last.contains(":") || isActionPath(path)) {
            return false;
        }
        List<String> words = words(last);
        String noun = words.isEmpty() ? "" : words.get(words.size() - 1);
        return !PathWords.SINGLETON_PLURALS.contains(noun) && isPlural(noun);
    }

    /** An action: {@code /jobs/{id}/cancel}, {@code /users/search}, {@code /v1/{name}:cancel}. */
    static boolean isActionPath(String path) {
        return action(path, PathWords.ACTION_VERBS, false).isPresent();
    }

    /**
     * The state-changing verb a path ends with, such as {@code delete} in {@code /users/{id}/delete};
     * a verb followed by a plural ({@code AddOnResults}) is read as a noun phrase.
     */
    static Optional<String> stateChangingVerb(String path) {
        return action(path, PathWords.STATE_CHANGING, true);
    }

    /** The path items whose path starts with {@code path} and <code>/&#123;</code>: the items of a collection. */
    static boolean hasItemPath(Map<String, ?> pathItems, String path) {
        String prefix = path + "/{";
        return pathItems.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    private static Optional<String> action(String path, Set<String> verbs, boolean pluralMeansNoun) {
        String last = lastSegment(path);
        int colon = last.lastIndexOf(':');
        if (colon >= 0 && last.lastIndexOf('}') < colon) {
            last = last.substring(colon + 1);
        } else if (Paths.isParameter(last)) {
            return Optional.empty();
        }
        List<String> words = words(last);
        if (words.isEmpty() || !verbs.contains(words.get(0))) {
            return Optional.empty();
        }
        if (words.size() > 1) {
            String tail = words.get(words.size() - 1);
            boolean nounPhrase = PathWords.NOUN_TAILS.contains(tail)
                    || (isPlural(tail) && (pluralMeansNoun || PathWords.NOUN_HOMOGRAPHS.contains(words.get(0))));
            if (nounPhrase) {
                return Optional.empty();
            }
        }
        return Optional.of(words.get(0));
    }

    static boolean isPlural(String word) {
        if (PathWords.IRREGULAR_PLURALS.contains(word)) {
            return true;
        }
        return word.length() > 2
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("us")
                && !word.endsWith("is");
    }

    /** Lower-case words of a segment: {@code deleteUser}, {@code delete-user}, {@code delete_user}. */
    static List<String> words(String segment) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                    flush(word, out);
                }
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
