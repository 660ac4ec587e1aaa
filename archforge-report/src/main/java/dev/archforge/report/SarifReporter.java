package dev.archforge.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.archforge.model.Finding;
import dev.archforge.model.Fingerprint;
import dev.archforge.model.InputProblem;
import dev.archforge.model.Location;
import dev.archforge.model.Review;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Setting;
import dev.archforge.model.Severity;
import dev.archforge.model.Skipped;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules that ran with their metadata and
 * help links, one result per finding with a physical location, the JSON pointer as a logical
 * location, and a partial fingerprint so code scanning tracks a finding across commits. The
 * settings the review ran with are the invocation's properties ({@code settings}).
 */
final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(Review review, ReportOptions options, Writer out) throws IOException {
        List<RuleDescriptor> rules = review.rules();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }
        Json.write(out, g -> {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "Archforge");
            g.writeStringField("semanticVersion", options.toolVersion());
            g.writeStringField("informationUri", "https://github.com/archforge/archforge");
            g.writeArrayFieldStart("rules");
            for (RuleDescriptor r : rules) {
                rule(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            invocations(g, review);
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (Finding f : review.findings()) {
                result(g, f, index.get(f.ruleId()));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * The inputs that could not be reviewed, as error notifications of a failed invocation, the
     * files a folder review passed over, as notes, and the settings the review ran with, as the
     * invocation's properties; left out when every input was reviewed and no setting is stated.
     */
    private static void invocations(JsonGenerator g, Review review) throws IOException {
        boolean notifications = !review.errors().isEmpty() || !review.skipped().isEmpty();
        if (!notifications && review.settings().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", review.errors().isEmpty());
        if (notifications) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (InputProblem p : review.errors()) {
                Location l = p.location();
                notification(g, "error", p.message(), l.file(), l.line(), l.column());
            }
            for (Skipped s : review.skipped()) {
                notification(g, "note", "Not reviewed: " + s.reason(), s.file(), 0, 0);
            }
            g.writeEndArray();
        }
        if (!review.settings().isEmpty()) {
            g.writeObjectFieldStart("properties");
            g.writeArrayFieldStart("settings");
            for (Setting setting : review.settings()) {
                Json.setting(g, setting);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void notification(JsonGenerator g, String level, String text, String file, int line, int column)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("level", level);
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(file));
        g.writeEndObject();
        if (line > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", line);
            g.writeNumberField("startColumn", column);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, RuleDescriptor r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", pascal(r.id()));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", r.title());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", r.title() + ". " + r.howToFix());
        g.writeEndObject();
        g.writeStringField("helpUri", r.docsUrl());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", r.howToFix() + " See " + r.docsUrl());
        g.writeStringField("markdown", r.howToFix() + " [Rule documentation](" + r.docsUrl() + ")");
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("category", r.category().title());
        g.writeArrayFieldStart("tags");
        g.writeString(r.category().id());
        for (String t : r.tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, @Nullable Integer ruleIndex) throws IOException {
        Location l = f.location();
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        if (ruleIndex != null) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        location(g, l);
        g.writeEndObject();
        g.writeEndArray();
        if (!f.related().isEmpty()) {
            // every place a grouped finding shows (most operations lack a 404: each operation)
            g.writeArrayFieldStart("relatedLocations");
            for (int i = 0; i < f.related().size(); i++) {
                g.writeStartObject();
                g.writeNumberField("id", i + 1);
                location(g, f.related().get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("archforgeFindingHash/v2", Fingerprint.of(f));
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The members of a SARIF location object: physical location and, for documents, the JSON pointer. */
    private static void location(JsonGenerator g, Location l) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(l.file()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", l.line());
        g.writeNumberField("startColumn", l.column());
        g.writeNumberField("endLine", l.endLine());
        g.writeNumberField("endColumn", l.endColumn());
        g.writeEndObject();
        g.writeEndObject();
        if (l.pointer().isPresent()) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField(
                    "fullyQualifiedName",
                    l.pointer().get().isEmpty() ? "/" : l.pointer().get());
            g.writeStringField("kind", "member");
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference: forward slashes, spaces and other reserved characters escaped. */
    static String uri(String file) {
        StringBuilder sb = new StringBuilder();
        for (char c : file.replace('\\', '/').toCharArray()) {
            if ((Character.isLetterOrDigit(c) && c < 128) || "/-._~:@!$&'()*+,;=".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b));
                }
            }
        }
        return sb.toString();
    }

    private static String pascal(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
