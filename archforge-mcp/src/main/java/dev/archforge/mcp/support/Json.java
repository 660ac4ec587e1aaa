package dev.archforge.mcp.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The one JSON mapper of the server: the SDK's and the one turning renderers' JSON into structured content. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final McpJsonMapper MCP = new JacksonMcpJsonMapper(MAPPER);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private Json() {}

    public static McpJsonMapper mcp() {
        return MCP;
    }

    /** A JSON object written by one of Archforge's renderers, as maps and lists. */
    public static Map<String, Object> object(String json) {
        try {
            return MAPPER.readValue(json, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object packaged in the jar. */
    public static Map<String, Object> resource(String path) {
        try (InputStream in = Json.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package " + path);
            }
            return MAPPER.readValue(in, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file packaged in the jar. */
    public static String text(String path) {
        try (InputStream in = Json.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
