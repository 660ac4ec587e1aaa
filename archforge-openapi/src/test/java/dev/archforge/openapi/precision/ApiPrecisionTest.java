package dev.archforge.openapi.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archforge.model.Finding;
import dev.archforge.model.Fingerprint;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Severity;
import dev.archforge.openapi.catalog.OpenApiRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Precision of the API rules, measured against the hand-labelled findings in
 * {@code src/test/resources/precision/api-labels.yaml}: each label is matched to today's finding by
 * fingerprint (or, when only the message changed, by rule, file and pointer); a label whose finding
 * no longer exists counts as gone. Rules on by default must be real in 90 % of their labelled
 * findings at warning or error and 70 % at info.
 *
 * <p>{@code -Darchforge.precision.write=true} rewrites the section "## API rules" of
 * {@code docs/precision.md}; {@code -Darchforge.precision.sample=true} writes label stubs for the
 * sampled findings not yet labelled to {@code target/precision/api-sample.yaml}. Skips without the
 * corpus.
 */
class ApiPrecisionTest {
    static final Path LABELS = Path.of("src/test/resources/precision/api-labels.yaml");
    static final Path DOC = Path.of("../docs/precision.md");
    /** Hand-written notes kept under the generated table: the first measurement and what changed. */
    static final Path HISTORY = Path.of("src/test/resources/precision/api-history.md");

    static final int SAMPLE = 20;
    static final String COMMAND = "./mvnw -o -q -B -pl archforge-openapi -am test -Dtest=ApiPrecisionTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Darchforge.precision.write=true";

    @Test
    void defaultRulesMeetTheirPrecisionFloor() throws IOException {
        assumeTrue(ApiCorpus.present(), "corpus not present at " + ApiCorpus.DIR);
        List<Finding> findings = ApiCorpus.findings();
        List<Label> labels = Files.exists(LABELS) ? Label.read(LABELS) : List.of();
        List<RuleScore> scores = score(findings, labels);
        if (Boolean.getBoolean("archforge.precision.sample")) {
            writeSample(findings, labels);
        }
        if (Boolean.getBoolean("archforge.precision.write")) {
            writeDoc(scores);
        }
        List<String> below = scores.stream()
                .filter(s -> s.judged() > 0 && s.precision() < s.floor())
                .map(s -> s.rule() + " " + s.percent())
                .toList();
        assertThat(below).as("rules below their precision floor").isEmpty();
    }

    /** A rule's labels against today's findings. */
    record RuleScore(
            String rule, Severity severity, long findings, int real, int noise, int wrong, int gone, int unlabelled) {
        int judged() {
            return real + noise + wrong;
        }

        double precision() {
            return judged() == 0 ? 1.0 : (double) real / judged();
        }

        double floor() {
            return severity == Severity.INFO ? 0.70 : 0.90;
        }

        String percent() {
            return judged() == 0 ? "–" : Math.round(precision() * 100) + " %";
        }
    }

    static List<RuleScore> score(List<Finding> findings, List<Label> labels) {
        Map<String, Finding> byFingerprint = new HashMap<>();
        Map<String, Finding> byPlace = new HashMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (Finding f : findings) {
            byFingerprint.put(Fingerprint.exact(f), f);
            byPlace.putIfAbsent(place(f.ruleId(), f.location().file(), pointer(f)), f);
            counts.merge(f.ruleId(), 1L, Long::sum);
        }
        Map<String, int[]> tallies = new TreeMap<>();
        // a label matched by fingerprint wins over one matched only by place (a label written for the
        // finding that a change grouped into the one now at that place)
        Map<Label, Finding> matched = new HashMap<>();
        Set<Finding> labelled = new HashSet<>();
        for (Label l : labels) {
            Finding f = byFingerprint.get(l.fingerprint());
            if (f != null && labelled.add(f)) {
                matched.put(l, f);
            }
        }
        for (Label l : labels) {
            Finding f = byPlace.get(place(l.rule(), l.file(), l.pointer()));
            if (!matched.containsKey(l) && f != null && labelled.add(f)) {
                matched.put(l, f);
            }
        }
        boolean verbose = Boolean.getBoolean("archforge.precision.verbose");
        for (Label l : labels) {
            int[] t = tallies.computeIfAbsent(l.rule(), k -> new int[4]);
            Finding f = matched.get(l);
            if (f == null) {
                t[3]++;
                continue;
            }
            if (verbose && !l.verdict().equals("real")) {
                System.out.println("present " + l.verdict() + " " + l.rule() + " " + l.fingerprint() + " now "
                        + Fingerprint.exact(f) + " " + f.message());
            }
            switch (l.verdict()) {
                case "real" -> t[0]++;
                case "noise" -> t[1]++;
                default -> t[2]++;
            }
        }
        List<RuleScore> out = new ArrayList<>();
        for (RuleDescriptor d : OpenApiRules.descriptors()) {
            long n = counts.getOrDefault(d.id(), 0L);
            int[] t = tallies.getOrDefault(d.id(), new int[4]);
            if (n == 0 && t[3] == 0) {
                continue;
            }
            int unlabelled = (int) Math.max(0, Math.min(SAMPLE, n) - (t[0] + t[1] + t[2]));
            out.add(new RuleScore(d.id(), d.severity(), n, t[0], t[1], t[2], t[3], unlabelled));
        }
        return out;
    }

    static String place(String rule, String file, String pointer) {
        return rule + '\u0000' + file + '\u0000' + pointer;
    }

    static String pointer(Finding f) {
        return f.location().pointer().orElse("line " + f.location().line());
    }

    /**
     * Up to {@value #SAMPLE} findings per rule, spread across documents: each document's findings
     * sorted by fingerprint, taken in turn from the documents in name order.
     */
    static Map<String, List<Finding>> sample(List<Finding> findings) {
        Map<String, Map<String, List<Finding>>> byRuleAndFile = new TreeMap<>();
        for (Finding f : findings) {
            byRuleAndFile
                    .computeIfAbsent(f.ruleId(), k -> new TreeMap<>())
                    .computeIfAbsent(f.location().file(), k -> new ArrayList<>())
                    .add(f);
        }
        Map<String, List<Finding>> out = new TreeMap<>();
        byRuleAndFile.forEach((rule, files) -> {
            List<List<Finding>> queues = new ArrayList<>();
            for (List<Finding> list : files.values()) {
                List<Finding> sorted = new ArrayList<>(list);
                sorted.sort((a, b) -> Fingerprint.exact(a).compareTo(Fingerprint.exact(b)));
                queues.add(sorted);
            }
            List<Finding> picked = new ArrayList<>();
            for (int round = 0; picked.size() < SAMPLE; round++) {
                boolean any = false;
                for (List<Finding> q : queues) {
                    if (round < q.size() && picked.size() < SAMPLE) {
                        picked.add(q.get(round));
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
            out.put(rule, picked);
        });
        return out;
    }

    private static void writeSample(List<Finding> findings, List<Label> labels) throws IOException {
        Set<String> known = new HashSet<>();
        for (Label l : labels) {
            known.add(l.fingerprint());
            known.add(place(l.rule(), l.file(), l.pointer()));
        }
        StringBuilder sb = new StringBuilder();
        sample(findings).forEach((rule, picked) -> {
            for (Finding f : picked) {
                String fp = Fingerprint.exact(f);
                if (known.contains(fp)
                        || known.contains(place(rule, f.location().file(), pointer(f)))) {
                    continue;
                }
                sb.append("# ")
                        .append(f.location())
                        .append(' ')
                        .append(f.message().replace('\n', ' '))
                        .append('\n');
                sb.append("- {rule: ")
                        .append(rule)
                        .append(", fingerprint: ")
                        .append(fp)
                        .append(", file: ")
                        .append(f.location().file())
                        .append(", pointer: ")
                        .append(quote(pointer(f)))
                        .append(", label: , reason: }\n");
            }
        });
        Path out = Path.of("target/precision/api-sample.yaml");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void writeDoc(List<RuleScore> scores) throws IOException {
        StringBuilder sb = new StringBuilder("## API rules\n\n");
        sb.append("Measured on ")
                .append(LocalDate.now(ZoneOffset.UTC))
                .append(" over the eleven documents of the shared corpus (`../shared/corpus/openapi`) with\n")
                .append("`")
                .append(COMMAND)
                .append("`.\n")
                .append("Labels: `archforge-openapi/src/test/resources/precision/api-labels.yaml`, up to ")
                .append(SAMPLE)
                .append(" findings per rule\n")
                .append("(each document's findings sorted by fingerprint, taken in turn across documents), each read\n")
                .append(
                        "against the document's own text and labelled real, noise or wrong: the first round before any rule\n")
                .append("changed, the second (marked in the file) for the findings the changed rules report.\n")
                .append(
                        "Precision is real / (real + noise + wrong) over the labels whose finding still exists; 'gone'\n")
                .append(
                        "counts labels whose finding a change removed, 'unlabelled' the sampled findings not yet read.\n")
                .append(
                        "Floors: 90 % at warning and error, 70 % at info; rules of the `strict` profile are off by default.\n")
                .append("Findings of the default rules on the corpus now: ")
                .append(scores.stream().mapToLong(RuleScore::findings).sum())
                .append(".\n\n")
                .append(
                        "| Rule | Severity | Findings | Real | Noise | Wrong | Gone | Unlabelled | Precision | Floor |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (RuleScore s : scores) {
            sb.append("| `")
                    .append(s.rule())
                    .append("` | ")
                    .append(s.severity().id())
                    .append(" | ")
                    .append(s.findings())
                    .append(" | ")
                    .append(s.real())
                    .append(" | ")
                    .append(s.noise())
                    .append(" | ")
                    .append(s.wrong())
                    .append(" | ")
                    .append(s.gone())
                    .append(" | ")
                    .append(s.unlabelled())
                    .append(" | ")
                    .append(s.percent())
                    .append(" | ")
                    .append(s.judged() == 0 ? "–" : s.precision() >= s.floor() ? "met" : "**below**")
                    .append(" |\n");
        }
        if (Files.exists(HISTORY)) {
            sb.append('\n').append(Files.readString(HISTORY, StandardCharsets.UTF_8));
        }
        String section = sb.toString();
        String doc = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "# Precision\n\n";
        int start = doc.indexOf("## API rules\n");
        if (start < 0) {
            doc = doc.endsWith("\n\n") ? doc + section : doc + "\n" + section;
        } else {
            int end = doc.indexOf("\n## ", start + 1);
            doc = doc.substring(0, start) + section + (end < 0 ? "" : doc.substring(end));
        }
        Files.writeString(DOC, doc, StandardCharsets.UTF_8);
    }
}
