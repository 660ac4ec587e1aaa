package dev.archforge.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * An option value that lists names with commas ({@code orders,audit.events}): a comma inside double
 * quotes belongs to the name ({@code "a,b".c}), blanks around a name go, and an empty value is an
 * empty list. Checking each name is the engine's, as it is for the configuration's list.
 */
final class CommaList {
    private CommaList() {}

    static List<String> split(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        out.add(item.toString().strip());
        return out;
    }
}
