package dev.archforge.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.archforge.model.Finding;
import dev.archforge.model.Fingerprint;
import dev.archforge.model.InvalidInputException;
import dev.archforge.source.Document;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings accepted as they are, so CI fails only on new ones. A finding is identified by a
 * {@link Fingerprint} of its rule, file, JSON pointer and message without its numbers, so unrelated
 * edits that move lines or change counts do not make old findings look new. Files are named
 * relative to the baseline's own folder, so the same baseline holds from any working folder.
 */
public final class Baseline {
    private final Map<String, Integer> counts;
    private final Path folder;

    private Baseline(Map<String, Integer> counts, Path folder) {
        this.counts = counts;
        this.folder = folder;
    }

    /** A baseline of these findings, as if written to a file in {@code folder}. */
    public static Baseline of(List<Finding> findings, Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.merge(fingerprint(f, dir), 1, Integer::sum);
        }
        return new Baseline(counts, dir);
    }

    /** The findings that are not in this baseline (each baseline entry absorbs one finding). */
    public List<Finding> newFindings(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String fp = fingerprint(f, folder);
            int n = left.getOrDefault(fp, 0);
            if (n > 0) {
                left.put(fp, n - 1);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    static String fingerprint(Finding f, Path folder) {
        return Fingerprint.of(f, relative(f.location().file(), folder));
    }

    /**
     * A finding's file (named relative to the working folder, or absolute) relative to the
     * baseline's folder, with '/'.
     */
    static String relative(String file, Path folder) {
        Path abs = Path.of(file).toAbsolutePath().normalize();
        Path rel = abs.getRoot() != null && abs.getRoot().equals(folder.getRoot()) ? folder.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    public static Baseline read(Path file) {
        Document doc = new DocumentReader(Limits.DEFAULT).read(file, file.toString());
        ObjectNode root = doc.root()
                .asObject()
                .orElseThrow(() -> new InvalidInputException(doc.root().location(), "expected a baseline object"));
        Node list = root.get("findings")
                .orElseThrow(() -> new InvalidInputException(root.location(), "expected a 'findings' list"));
        Map<String, Integer> counts = new HashMap<>();
        for (Node item : list.asArray()
                .orElseThrow(() -> new InvalidInputException(list.location(), "expected a list"))
                .items()) {
            ObjectNode entry = item.asObject()
                    .orElseThrow(() -> new InvalidInputException(item.location(), "expected a finding object"));
            String fp = entry.text("fingerprint")
                    .orElseThrow(() -> new InvalidInputException(entry.location(), "expected a 'fingerprint'"));
            counts.merge(fp, 1, Integer::sum);
        }
        return new Baseline(counts, Folders.of(file));
    }

    /** The findings as a baseline in the working folder (for tests). */
    public static String write(List<Finding> findings) {
        return write(findings, Path.of("baseline.json"));
    }

    /**
     * The findings as the baseline file {@code file} holds them: sorted, one entry per finding,
     * readable in review, files relative to the baseline's folder.
     */
    public static String write(List<Finding> findings, Path file) {
        Path folder = Folders.of(file);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(null);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", 2);
            g.writeArrayFieldStart("findings");
            for (Finding f : sorted) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.ruleId());
                g.writeStringField("file", relative(f.location().file(), folder));
                g.writeStringField("message", f.message());
                g.writeStringField("fingerprint", fingerprint(f, folder));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    public static void writeTo(Path file, List<Finding> findings) {
        try {
            Files.writeString(file, write(findings, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
