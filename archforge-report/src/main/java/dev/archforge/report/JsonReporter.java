package dev.archforge.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import dev.archforge.model.Location;
import dev.archforge.model.Review;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Setting;
import dev.archforge.model.Skipped;
import dev.archforge.model.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The review as JSON: findings with rule id, severity, message, location and help link, a summary
 * (with the settings the review ran with, when it states any), and when there are any, the inputs
 * that could not be reviewed ({@code errors}) and the files a folder review passed over
 * ({@code skipped}).
 */
final class JsonReporter implements Reporter {
    @Override
    public void write(Review review, ReportOptions options, Writer out) throws IOException {
        Map<String, RuleDescriptor> rules =
                review.rules().stream().collect(Collectors.toMap(RuleDescriptor::id, Function.identity(), (a, b) -> a));
        Json.write(out, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "archforge");
            g.writeStringField("version", options.toolVersion());
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (String f : review.files()) {
                g.writeString(f);
            }
            g.writeEndArray();
            if (!review.errors().isEmpty()) {
                g.writeArrayFieldStart("errors");
                for (InputProblem p : review.errors()) {
                    Json.problem(g, p);
                }
                g.writeEndArray();
            }
            if (!review.skipped().isEmpty()) {
                g.writeArrayFieldStart("skipped");
                for (Skipped sk : review.skipped()) {
                    g.writeStartObject();
                    g.writeStringField("file", sk.file());
                    g.writeStringField("reason", sk.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("findings");
            for (Finding f : review.findings()) {
                finding(g, f, rules.get(f.ruleId()));
            }
            g.writeEndArray();
            Summary s = review.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("error", s.errors());
            g.writeNumberField("warning", s.warnings());
            g.writeNumberField("info", s.infos());
            g.writeNumberField("total", s.total());
            settings(g, review);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** {@code "settings": [{"name": "migrations", "value": "online", "note": "..."}]}, in the review's order. */
    private static void settings(JsonGenerator g, Review review) throws IOException {
        if (review.settings().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("settings");
        for (Setting setting : review.settings()) {
            Json.setting(g, setting);
        }
        g.writeEndArray();
    }

    private static void finding(JsonGenerator g, Finding f, @Nullable RuleDescriptor rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("message", f.message());
        g.writeFieldName("location");
        location(g, f.location());
        if (!f.related().isEmpty()) {
            // one finding for a root cause that shows in many places keeps every place
            g.writeArrayFieldStart("relatedLocations");
            for (Location r : f.related()) {
                location(g, r);
            }
            g.writeEndArray();
        }
        if (rule != null) {
            g.writeStringField("category", rule.category().id());
            g.writeStringField("helpUri", rule.docsUrl());
        }
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Location l) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", l.file());
        g.writeNumberField("line", l.line());
        g.writeNumberField("column", l.column());
        g.writeNumberField("endLine", l.endLine());
        g.writeNumberField("endColumn", l.endColumn());
        if (l.pointer().isPresent()) {
            g.writeStringField("pointer", l.pointer().get());
        }
        g.writeEndObject();
    }
}
