package dev.archforge.design.blueprint;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a blueprint, in memory: relative path to UTF-8 content, sorted by path. The CLI writes
 * it to a folder; a server would zip it. Contributors add files; a path is written once.
 */
public final class Blueprint {
    private final SortedMap<String, String> files = new TreeMap<>();

    /** Adds a file; paths use {@code /}, are relative, and may not repeat. */
    public void add(String path, String content) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isBlank()) {
            throw new IllegalArgumentException("blueprint paths are relative and use '/', got '" + path + "'");
        }
        if (files.putIfAbsent(path, content.endsWith("\n") ? content : content + "\n") != null) {
            throw new IllegalStateException("two contributors wrote '" + path + "'");
        }
    }

    public Map<String, String> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public String file(String path) {
        String content = files.get(path);
        if (content == null) {
            throw new IllegalArgumentException("no file '" + path + "' in the blueprint");
        }
        return content;
    }
}
