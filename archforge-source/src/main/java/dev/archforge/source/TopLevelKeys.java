package dev.archforge.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tells an API description from the other JSON and YAML files of a folder by its content: the
 * top-level object has an {@code openapi} or {@code swagger} key, wherever in the file it comes.
 * The file is never built into a tree: a folder of thousands of files is searched in bounded memory.
 * JSON (the first character is '{') is read with a streaming parser that skips every value it
 * does not need, so a minified file or a key at the end costs one linear pass and no tree; YAML
 * is read line by line for a key at the start of a line, where block YAML puts top-level keys.
 */
public final class TopLevelKeys {
    private static final Pattern YAML_ROOT_KEY = Pattern.compile("(['\"]?)(openapi|swagger)\\1[ \\t]*:(\\s|$)");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(100_000)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .build();

    /** A file that is not what its extension says: passed over with this reason. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }

        /** The reason, never null: the constructor takes one. */
        @Override
        public String getMessage() {
            String reason = super.getMessage();
            return reason == null ? "" : reason;
        }
    }

    private TopLevelKeys() {}

    /** True when the file's top-level object has an {@code openapi} or {@code swagger} key. */
    public static boolean isApiRoot(Path file) throws IOException, Unreadable {
        if (startsWithBrace(file)) {
            return jsonRoot(file);
        }
        return yamlRoot(file);
    }

    private static boolean startsWithBrace(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == 0xEF || b == 0xBB || b == 0xBF || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                    continue;
                }
                return b == '{';
            }
            return false;
        }
    }

    private static boolean jsonRoot(Path file) throws IOException, Unreadable {
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if ("openapi".equals(name) || "swagger".equals(name)) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new Unreadable("not valid JSON" + where + ", before any top-level 'openapi' or 'swagger' key");
        }
    }

    private static boolean yamlRoot(Path file) throws IOException, Unreadable {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (YAML_ROOT_KEY.matcher(text).lookingAt()) {
                    return true;
                }
            }
            return false;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Unreadable("not UTF-8 text");
        }
    }
}
