package dev.archforge.openapi.rules.naming;

import dev.archforge.openapi.model.Paths;
import java.util.List;
import java.util.regex.Pattern;

/** Path segments as the naming rules read them: parameters, resource names, file extensions. */
final class Segments {
    private static final Pattern EXTENSION = Pattern.compile("(?<=[^./])\\.[A-Za-z0-9]{1,8}$");
    private static final Pattern VERSION = Pattern.compile("(?i)v\\d+(?:[._-]?[a-z]*\\d*)*|api|rest");

    private Segments() {}

    /** The non-empty segments of a template. */
    static List<String> of(String path) {
        return Paths.segments(path);
    }

    /** True for {@code {id}}, and also for {@code {id}.json} or {@code v{version}}. */
    static boolean isParameter(String segment) {
        return segment.indexOf('{') >= 0;
    }

    /** The segment without a leading dot and without a trailing {@code .ext}: {@code Calls.json} is {@code Calls}. */
    static String bare(String segment) {
        String s = segment;
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        // the pattern needs a dot: most segments have none and skip the matcher
        return s.indexOf('.') < 0 ? s : EXTENSION.matcher(s).replaceFirst("");
    }

    /** The path without a trailing {@code .ext} on its last segment. */
    static String withoutExtension(String path) {
        return path.indexOf('.') < 0 ? path : EXTENSION.matcher(path).replaceFirst("");
    }

    /** True for {@code v1}, {@code v2beta1}, {@code api} and {@code rest}: prefixes, not resources. */
    static boolean isVersionOrPrefix(String segment) {
        return VERSION.matcher(segment).matches();
    }
}
