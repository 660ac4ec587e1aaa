package dev.archforge.source;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML from snakeyaml-engine's event stream into a positioned tree. Aliases are expanded
 * by copying, counted against {@link Limits#maxNodes()} and {@link Limits#maxAliases()}, so an
 * alias bomb fails fast instead of exhausting memory. Merge keys ({@code <<}) are applied.
 */
final class YamlReader {
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static final int MAX_BUFFER = 4 << 20;
    private static final Pattern TOKEN = Pattern.compile("'?<([a-z ]+)>'?");
    private static final Map<String, String> TOKEN_WORDS = Map.ofEntries(
            Map.entry("block mapping start", "a new mapping key (check the indentation)"),
            Map.entry("block sequence start", "a new list (check the indentation)"),
            Map.entry("block end", "the end of an indented block"),
            Map.entry("block entry", "a list item '-'"),
            Map.entry("stream end", "the end of the file"),
            Map.entry("stream start", "the start of the file"),
            Map.entry("document start", "a document start '---'"),
            Map.entry("document end", "a document end '...'"),
            Map.entry("flow mapping start", "'{'"),
            Map.entry("flow mapping end", "'}'"),
            Map.entry("flow sequence start", "'['"),
            Map.entry("flow sequence end", "']'"),
            Map.entry("flow entry", "','"),
            Map.entry("key", "a key"),
            Map.entry("value", "a value"),
            Map.entry("scalar", "a value"),
            Map.entry("alias", "an alias"),
            Map.entry("anchor", "an anchor"),
            Map.entry("tag", "a tag"),
            Map.entry("directive", "a directive"),
            Map.entry("comment", "a comment"));

    private final String file;
    private final Limits limits;
    private final TreeBuilder builder;
    private final Map<String, Node> anchors = new HashMap<>();
    /** Per open mapping: true while the next event is a key. */
    private final Deque<Boolean> expectingKey = new ArrayDeque<>();

    private int aliases;
    private int aliasNodes;

    private YamlReader(String file, Limits limits) {
        this.file = file;
        this.limits = limits;
        this.builder = new TreeBuilder(file, limits);
    }

    static Document read(String file, String text, Limits limits) {
        return new YamlReader(file, limits).parse(text);
    }

    private Document parse(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit(Integer.MAX_VALUE)
                .setUseMarks(true)
                // snakeyaml copies the token read so far each time it refills its buffer (1,024 code
                // points by default): a multi-megabyte line (a base64 example) took minutes; a buffer
                // as large as the longest line, up to 4M code points, reads such a line in one pass
                .setBufferSize(bufferFor(text))
                .build();
        int documents = 0;
        try {
            Iterator<Event> events = new Parse(settings).parseString(text).iterator();
            while (events.hasNext()) {
                Event e = events.next();
                switch (e.getEventId()) {
                    case DocumentStart -> {
                        documents++;
                        if (documents > 1) {
                            throw new InvalidInputException(
                                    at(e.getStartMark()), "expected one YAML document, found a second one");
                        }
                    }
                    case MappingStart -> {
                        if (!keyTurn(e)) {
                            ObjectNode node = builder.startObject(line(e.getStartMark()), col(e.getStartMark()));
                            anchor((NodeEvent) e, node);
                            expectingKey.push(Boolean.TRUE);
                        }
                    }
                    case SequenceStart -> {
                        if (!keyTurn(e)) {
                            ArrayNode node = builder.startArray(line(e.getStartMark()), col(e.getStartMark()));
                            anchor((NodeEvent) e, node);
                        }
                    }
                    case MappingEnd -> {
                        expectingKey.pop();
                        end(e);
                    }
                    case SequenceEnd -> end(e);
                    case Scalar -> scalar((ScalarEvent) e);
                    case Alias -> alias((AliasEvent) e);
                    default -> {
                        // stream and document boundaries, comments: nothing to build
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
            String context = e.getContext() == null ? "" : " " + e.getContext();
            String started = e.getContextMark()
                    .filter(m -> e.getProblemMark().isPresent())
                    .map(m -> " started at " + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                    .orElse("");
            throw new InvalidInputException(at(mark), "invalid YAML: " + plain(problem + context) + started, e);
        } catch (YamlEngineException e) {
            throw new InvalidInputException(
                    Location.ofFile(file),
                    "invalid YAML: " + plain(JsonReader.firstLine(String.valueOf(e.getMessage()))),
                    e);
        }
        Node root = builder.root();
        if (root == null) {
            throw new InvalidInputException(Location.ofFile(file), "the file holds no YAML value");
        }
        return new Document(file, Document.Format.YAML, root, List.copyOf(builder.duplicateKeys()));
    }

    /**
     * snakeyaml's message in the user's words: its token names ({@code <block mapping start>})
     * become what they stand for in the file.
     */
    static String plain(String message) {
        Matcher m = TOKEN.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(TOKEN_WORDS.getOrDefault(m.group(1), m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Twice the longest line, at least snakeyaml's default and at most {@link #MAX_BUFFER}. */
    static int bufferFor(String text) {
        int longest = 0;
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            longest = Math.max(longest, nl - start);
            start = nl + 1;
        }
        longest = Math.max(longest, text.length() - start);
        return (int) Math.max(1024, Math.min(2L * longest + 2, MAX_BUFFER));
    }

    /** Handles a collection where a key is expected: YAML allows it, OpenAPI and JSON do not. */
    private boolean keyTurn(Event e) {
        if (builder.inObject() && Boolean.TRUE.equals(expectingKey.peek())) {
            throw new InvalidInputException(
                    at(e.getStartMark()), "expected a scalar key, found a collection used as a key");
        }
        valueTaken();
        return false;
    }

    private void valueTaken() {
        if (builder.inObject() && !expectingKey.isEmpty()) {
            expectingKey.pop();
            expectingKey.push(Boolean.TRUE);
        }
    }

    private void scalar(ScalarEvent e) {
        if (builder.inObject() && Boolean.TRUE.equals(expectingKey.peek())) {
            builder.key(e.getValue(), line(e.getStartMark()), col(e.getStartMark()));
            expectingKey.pop();
            expectingKey.push(Boolean.FALSE);
            return;
        }
        valueTaken();
        ScalarNode.Kind kind = resolve(e);
        int endLine = e.getEndMark().map(m -> m.getLine() + 1).orElse(line(e.getStartMark()));
        int endCol = e.getEndMark().map(m -> m.getColumn() + 1).orElse(col(e.getStartMark()));
        String text = kind == ScalarNode.Kind.NULL ? "null" : e.getValue();
        ScalarNode node = builder.scalar(kind, text, line(e.getStartMark()), col(e.getStartMark()), endLine, endCol);
        anchor(e, node);
    }

    private static ScalarNode.Kind resolve(ScalarEvent e) {
        Optional<String> tag = e.getTag();
        if (tag.isPresent() && !"!".equals(tag.get())) {
            String t = tag.get();
            if (t.endsWith(":int") || t.endsWith(":float")) {
                return ScalarNode.Kind.NUMBER;
            }
            if (t.endsWith(":bool")) {
                return ScalarNode.Kind.BOOLEAN;
            }
            if (t.endsWith(":null")) {
                return ScalarNode.Kind.NULL;
            }
            return ScalarNode.Kind.STRING;
        }
        if (!e.isPlain()) {
            return ScalarNode.Kind.STRING;
        }
        String v = e.getValue();
        if (NULL.matcher(v).matches()) {
            return ScalarNode.Kind.NULL;
        }
        if (BOOL.matcher(v).matches()) {
            return ScalarNode.Kind.BOOLEAN;
        }
        if (INT.matcher(v).matches() || FLOAT.matcher(v).matches()) {
            return ScalarNode.Kind.NUMBER;
        }
        return ScalarNode.Kind.STRING;
    }

    private void alias(AliasEvent e) {
        aliases++;
        if (aliases > limits.maxAliases()) {
            throw new InvalidInputException(
                    at(e.getStartMark()),
                    "more than " + limits.maxAliases() + " YAML aliases (raise the limit with --max-aliases)");
        }
        String name = e.getAlias().getValue();
        Node target = anchors.get(name);
        if (target == null) {
            throw new InvalidInputException(at(e.getStartMark()), "unknown YAML anchor '" + name + "'");
        }
        if (builder.inObject() && Boolean.TRUE.equals(expectingKey.peek())) {
            if (target instanceof ScalarNode s) {
                builder.key(s.text(), line(e.getStartMark()), col(e.getStartMark()));
                expectingKey.pop();
                expectingKey.push(Boolean.FALSE);
                return;
            }
            throw new InvalidInputException(
                    at(e.getStartMark()), "expected a scalar key, found an alias of a collection");
        }
        valueTaken();
        int[] counter = {aliasNodes};
        Node copy = Trees.copy(target, counter, limits.maxAliasNodes());
        builder.attachCopy(copy, counter[0] - aliasNodes - 1);
        aliasNodes = counter[0];
    }

    private void end(Event e) {
        int l = e.getEndMark().map(m -> m.getLine() + 1).orElse(1);
        int c = e.getEndMark().map(m -> m.getColumn() + 1).orElse(1);
        Node done = currentTop();
        builder.end(l, c);
        if (done instanceof ObjectNode o && o.has("<<")) {
            Trees.applyMerge(o);
        }
    }

    private Node currentTop() {
        return builder.top();
    }

    private void anchor(NodeEvent e, Node node) {
        e.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
    }

    private Location at(Optional<Mark> mark) {
        return mark.map(m -> Location.at(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(Location.ofFile(file));
    }

    private static int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + 1).orElse(1);
    }

    private static int col(Optional<Mark> mark) {
        return mark.map(m -> m.getColumn() + 1).orElse(1);
    }
}
