package dev.archforge.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.archforge.model.InputProblem;
import dev.archforge.model.Location;
import dev.archforge.model.Setting;
import java.io.IOException;
import java.io.Writer;

/** Pretty-printed JSON with "\n" line ends on every platform, streamed to a writer by a callback. */
final class Json {
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {}

    static void write(Writer out, Body body) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            body.write(g);
        }
        out.write("\n");
    }

    /** An input problem's place and message, as JSON's {@code errors} entries have them. */
    static void problem(JsonGenerator g, InputProblem p) throws IOException {
        Location l = p.location();
        g.writeStartObject();
        g.writeStringField("file", l.file());
        g.writeNumberField("line", l.line());
        g.writeNumberField("column", l.column());
        g.writeStringField("message", p.message());
        g.writeEndObject();
    }

    /** A setting as JSON and SARIF write it: name, value, and the note when it has one. */
    static void setting(JsonGenerator g, Setting s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("value", s.value());
        if (!s.note().isEmpty()) {
            g.writeStringField("note", s.note());
        }
        g.writeEndObject();
    }
}
