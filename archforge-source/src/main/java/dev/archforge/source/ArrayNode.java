package dev.archforge.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON array or YAML sequence. */
public final class ArrayNode extends Node {
    private final List<Node> items = new ArrayList<>();

    ArrayNode(String file, int line, int column) {
        super(file, line, column);
    }

    void add(Node item) {
        item.attach(this, items.size());
        items.add(item);
    }

    public List<Node> items() {
        return Collections.unmodifiableList(items);
    }

    /** The texts of the string items, skipping anything else. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(items.size());
        for (Node n : items) {
            n.asText().ifPresent(out::add);
        }
        return out;
    }

    public int size() {
        return items.size();
    }

    @Override
    public String typeName() {
        return "array";
    }
}
