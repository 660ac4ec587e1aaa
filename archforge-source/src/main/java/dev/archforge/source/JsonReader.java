package dev.archforge.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/** Reads JSON with Jackson's streaming parser, keeping every token's position. */
final class JsonReader {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern FEATURE = Pattern.compile(" ?\\(?(?:for|from|see)? ?`[A-Za-z]+\\.[A-Za-z_.()]+`\\)?");

    private JsonReader() {}

    /** Reads ASCII bytes: byte columns are character columns. */
    static Document read(String file, byte[] bytes, Limits limits) {
        return read(file, bytes.length, limits, factory -> factory.createParser(bytes));
    }

    /** Reads decoded text, so columns count characters, not UTF-8 bytes. */
    static Document read(String file, char[] text, Limits limits) {
        return read(file, text.length, limits, factory -> factory.createParser(text));
    }

    private interface Opener {
        JsonParser open(JsonFactory factory) throws IOException;
    }

    private static Document read(String file, int length, Limits limits, Opener opener) {
        int max = (int) Math.min(Integer.MAX_VALUE, limits.maxBytes());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(max)
                        .maxNumberLength(max)
                        .maxNameLength(max)
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
        TreeBuilder builder = new TreeBuilder(file, limits);
        // one distinct scalar per 512 bytes is about what real descriptions hold
        StringPool pool = new StringPool(length / 512);
        try (JsonParser p = opener.open(factory)) {
            ParserBase base = (ParserBase) p;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                // the work per token is a method of its own: called 500,000 times it is compiled
                // early, where this loop, in a method called once, runs interpreted for long
                if (token(t, p, base, builder, pool)) {
                    JsonToken extra = p.nextToken();
                    if (extra != null) {
                        JsonLocation x = p.currentTokenLocation();
                        throw new InvalidInputException(
                                Location.at(file, x.getLineNr(), x.getColumnNr()),
                                "expected end of input after the top-level value, found " + extra.asString());
                    }
                    break;
                }
            }
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            Location where = at == null
                    ? Location.ofFile(file)
                    : Location.at(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new InvalidInputException(
                    where,
                    "nesting deeper than " + limits.maxDepth() + " levels (raise the limit with --max-depth)",
                    e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location where = at == null
                    ? Location.ofFile(file)
                    : Location.at(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new InvalidInputException(where, "invalid JSON: " + plain(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node root = builder.root();
        if (root == null) {
            throw new InvalidInputException(Location.ofFile(file), "the file holds no JSON value");
        }
        return new Document(file, Document.Format.JSON, root, List.copyOf(builder.duplicateKeys()));
    }

    /** Adds what one token means to the tree; true when it completed the top-level value. */
    private static boolean token(JsonToken t, JsonParser p, ParserBase base, TreeBuilder builder, StringPool pool)
            throws IOException {
        int line = base.getTokenLineNr();
        int col = base.getTokenColumnNr();
        switch (t) {
            case FIELD_NAME -> {
                JsonLocation name = p.currentTokenLocation();
                builder.key(p.currentName(), name.getLineNr(), name.getColumnNr());
            }
            case START_OBJECT -> builder.startObject(line, col);
            case START_ARRAY -> builder.startArray(line, col);
            case END_OBJECT, END_ARRAY -> builder.end(line, col + 1);
            case VALUE_STRING -> scalar(builder, p, pool, ScalarNode.Kind.STRING, line, col);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(builder, p, pool, ScalarNode.Kind.NUMBER, line, col);
            case VALUE_TRUE, VALUE_FALSE -> scalar(builder, p, pool, ScalarNode.Kind.BOOLEAN, line, col);
            case VALUE_NULL -> scalar(builder, p, pool, ScalarNode.Kind.NULL, line, col);
            default ->
                throw new InvalidInputException(Location.at(builder.file(), line, col), "unexpected JSON token " + t);
        }
        return builder.depth() == 0 && builder.root() != null;
    }

    /**
     * Adds a scalar. Its end is where the parser stands before the text is read (for a string, just
     * inside the opening quote, as every location so far has said); strings and numbers are then
     * read from the parser's buffer into the document's pool.
     */
    private static void scalar(TreeBuilder b, JsonParser p, StringPool pool, ScalarNode.Kind kind, int line, int col)
            throws IOException {
        JsonLocation end = p.currentLocation();
        String text = kind == ScalarNode.Kind.STRING || kind == ScalarNode.Kind.NUMBER
                ? pool.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())
                : p.getText();
        b.scalar(kind, text, line, col, end.getLineNr(), end.getColumnNr());
    }

    /**
     * Jackson's message without its internals: the first line, source markers such as
     * {@code [Source: REDACTED ...; line: 1, column: 1]} as "line 1, column 1", no feature names.
     */
    static String plain(String message) {
        String text = SOURCE.matcher(firstLine(message)).replaceAll("line $1, column $2");
        text = text.replace(
                "(not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)",
                "(JSON has no comments)");
        return FEATURE.matcher(text).replaceAll("");
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
