package dev.archforge.openapi.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Helpers for path templates. */
public final class Paths {
    private Paths() {}

    /** The segments of a path template, without empty ones. */
    public static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/", -1)) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    public static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    public static String parameterName(String segment) {
        return segment.substring(1, segment.length() - 1);
    }

    /** The names of the path parameters in a template, in order. */
    public static List<String> parameterNames(String path) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = path.indexOf('{', i)) >= 0) {
            int end = path.indexOf('}', i);
            if (end < 0) {
                break;
            }
            out.add(path.substring(i + 1, end));
            i = end + 1;
        }
        return out;
    }

    public static boolean isItemPath(String path) {
        List<String> segs = segments(path);
        return !segs.isEmpty() && isParameter(segs.get(segs.size() - 1));
    }

    /** The last segment that is not a parameter, lower-cased: the resource a path is about. */
    public static String lastLiteral(String path) {
        List<String> segs = segments(path);
        for (int i = segs.size() - 1; i >= 0; i--) {
            if (!isParameter(segs.get(i))) {
                return segs.get(i).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * The path with every parameter replaced by {@code {}}, to compare templates. A plain scan with
     * the meaning of {@code replaceAll("\\{[^}/]*}", "{}")}: rules call it for every path, and the
     * regular expression was compiled anew on each call.
     */
    public static String normalized(String path) {
        if (path.indexOf('{') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int close = c == '{' ? parameterEnd(path, i + 1) : -1;
            if (close >= 0) {
                out.append("{}");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the '}' that closes a parameter opened just before {@code from}, or -1 when a '/' or the end comes first. */
    private static int parameterEnd(String path, int from) {
        for (int j = from; j < path.length(); j++) {
            char c = path.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '/') {
                return -1;
            }
        }
        return -1;
    }
}
