package dev.archforge.source;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Assembles a {@link Node} tree from a stream of parse events, iteratively, so that nesting depth
 * costs heap and not stack. Shared by the JSON and YAML readers.
 */
final class TreeBuilder {
    private final String file;
    private final Limits limits;
    private final Deque<Node> stack = new ArrayDeque<>();
    private final List<Location> duplicateKeys = new ArrayList<>();
    // the key read last, waiting for its value: three fields, not an object per member
    private @Nullable String pendingKey;
    private int pendingKeyLine;
    private int pendingKeyColumn;
    private @Nullable Node root;
    private int nodes;
    private int aliasCopies;

    TreeBuilder(String file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    void key(String name, int line, int column) {
        pendingKey = name;
        pendingKeyLine = line;
        pendingKeyColumn = column;
    }

    ObjectNode startObject(int line, int column) {
        ObjectNode node = new ObjectNode(file, line, column);
        push(node);
        return node;
    }

    ArrayNode startArray(int line, int column) {
        ArrayNode node = new ArrayNode(file, line, column);
        push(node);
        return node;
    }

    void end(int line, int column) {
        Node done = stack.pop();
        done.end(line, column);
    }

    ScalarNode scalar(ScalarNode.Kind kind, String text, int line, int column, int endLine, int endColumn) {
        ScalarNode node = new ScalarNode(file, line, column, kind, text);
        node.end(endLine, endColumn);
        attach(node);
        return node;
    }

    /** Attaches a node that was built elsewhere (an expanded YAML alias). */
    void attachCopy(Node node, int addedNodes) {
        aliasCopies += addedNodes + 1;
        count(addedNodes);
        attach(node);
    }

    private void push(Node node) {
        if (stack.size() >= limits.maxDepth()) {
            throw new InvalidInputException(
                    Location.at(file, node.line(), node.column()),
                    "nesting deeper than " + limits.maxDepth() + " levels (raise the limit with --max-depth)");
        }
        attach(node);
        stack.push(node);
    }

    private void attach(Node node) {
        count(1);
        Node parent = stack.peek();
        if (parent == null) {
            root = node;
        } else if (parent instanceof ObjectNode object) {
            String key = pendingKey;
            if (key == null) {
                throw new IllegalStateException("value without a key in an object");
            }
            pendingKey = null;
            if (!object.put(key, node, pendingKeyLine, pendingKeyColumn)) {
                duplicateKeys.add(Location.at(file, pendingKeyLine, pendingKeyColumn));
            }
        } else if (parent instanceof ArrayNode array) {
            array.add(node);
        }
    }

    private void count(int added) {
        nodes += added;
        if (nodes > limits.maxNodes()) {
            Node top = stack.peek();
            Location where = top == null ? Location.ofFile(file) : Location.at(file, top.line(), top.column());
            String aliases = aliasCopies == 0 ? "" : ", " + aliasCopies + " of them copies made by YAML aliases";
            throw new InvalidInputException(
                    where,
                    "the document holds more than " + limits.maxNodes() + " values" + aliases
                            + " (raise the limit with --max-values)");
        }
    }

    String file() {
        return file;
    }

    Node top() {
        Node top = stack.peek();
        if (top == null) {
            throw new IllegalStateException("no open collection");
        }
        return top;
    }

    boolean inObject() {
        return stack.peek() instanceof ObjectNode;
    }

    int depth() {
        return stack.size();
    }

    @Nullable
    Node root() {
        return root;
    }

    List<Location> duplicateKeys() {
        return duplicateKeys;
    }
}
