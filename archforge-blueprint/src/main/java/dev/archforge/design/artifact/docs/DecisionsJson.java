package dev.archforge.design.artifact.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.archforge.design.plan.Alternative;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.plan.Question;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.Requirements;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The design as JSON for tools: the system, every decision with all its fields and the path of its
 * ADR, the typed architecture, the capacity plan, warnings and questions. Keys are written in a fixed
 * order and lists in the design's order, so the same design gives byte-identical output. The CLI's
 * {@code archforge design --format json} prints exactly this.
 */
public final class DecisionsJson {
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private DecisionsJson() {}

    /** Writes the JSON, ending with a newline, to {@code out}; the writer is flushed, not closed. */
    public static void write(Design design, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            body(design, g);
        }
        out.write('\n');
        out.flush();
    }

    /** The JSON as a string. */
    public static String toJson(Design design) {
        StringWriter out = new StringWriter();
        try {
            write(design, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void body(Design design, JsonGenerator g) throws IOException {
        Requirements req = design.requirements();
        g.writeStartObject();
        g.writeObjectFieldStart("system");
        g.writeStringField("name", req.system().name());
        g.writeStringField("purpose", req.system().purpose());
        g.writeStringField("requirements", req.file());
        g.writeEndObject();
        g.writeArrayFieldStart("decisions");
        for (Decision d : design.decisions()) {
            decision(design, d, g);
        }
        g.writeEndArray();
        g.writeFieldName("architecture");
        ArchitectureJson.write(design.architecture(), g);
        g.writeArrayFieldStart("capacity");
        for (CapacityPlan.Section s : design.capacity().sections()) {
            g.writeStartObject();
            g.writeStringField("section", s.title());
            g.writeArrayFieldStart("quantities");
            for (Quantity q : s.quantities()) {
                g.writeStartObject();
                g.writeStringField("id", q.id());
                g.writeStringField("label", q.label());
                g.writeNumberField("value", q.value());
                g.writeStringField("unit", q.unit());
                g.writeStringField("formula", q.formula());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (Warning w : design.warnings()) {
            g.writeStartObject();
            g.writeStringField("id", w.id());
            g.writeStringField("message", w.message());
            g.writeObjectFieldStart("location");
            g.writeStringField("file", w.location().file());
            g.writeNumberField("line", w.location().line());
            g.writeNumberField("column", w.location().column());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("questions");
        for (Question q : design.questions()) {
            g.writeStartObject();
            g.writeStringField("key", q.key());
            g.writeStringField("text", q.text());
            g.writeStringField("assumed", q.assumed());
            strings(g, "affects", q.affects());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "assumptions", req.assumptions());
        g.writeEndObject();
    }

    private static void decision(Design design, Decision d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("area", Text.id(d.area()));
        g.writeStringField("title", d.title());
        g.writeStringField("choice", d.choice());
        g.writeStringField("rationale", d.rationale());
        strings(g, "drivers", d.drivers());
        g.writeArrayFieldStart("alternatives");
        for (Alternative a : d.alternatives()) {
            g.writeStartObject();
            g.writeStringField("option", a.option());
            g.writeStringField("whyNot", a.whyNot());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "tradeoffs", d.tradeoffs());
        g.writeStringField("revisitWhen", d.revisitWhen());
        g.writeStringField("adr", AdrFiles.path(design, d));
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
