package dev.archforge.sql.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archforge.model.Finding;
import dev.archforge.model.Fingerprint;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Severity;
import dev.archforge.sql.catalog.SqlRules;
import dev.archforge.sql.rules.Migrations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Per-rule precision of the SQL rules on the labelled findings of the shared corpus
 * ({@code src/test/resources/precision/sql-labels.tsv}). A label is matched to a current finding
 * by fingerprint; a label whose finding no longer appears counts as gone. Prints the table; with
 * {@code -Darchforge.writePrecision=true} writes it into the "SQL rules" section of
 * {@code docs/precision.md}; with {@code -Darchforge.sampleLabels=true} writes, to
 * {@code target/sql-label-candidates.txt}, the unlabelled findings that would bring each rule to
 * {@value #SAMPLE} present labels, chosen by sorted fingerprint, with their source lines to read;
 * with {@code -Darchforge.dumpFindings=true} writes every finding to {@code target/sql-findings.tsv}.
 * Skips when the corpus is absent.
 */
class SqlPrecisionTest {
    static final int SAMPLE = 20;
    static final Path LABELS = Path.of("src/test/resources/precision/sql-labels.tsv");
    static final Path DOC = Path.of("../docs/precision.md");
    static final String COMMAND = "./mvnw -o -q -B -pl archforge-sql -am test -Dtest=SqlPrecisionTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Darchforge.writePrecision=true";

    record Row(RuleDescriptor rule, long findings, long real, long noise, long wrong, long gone) {
        long labelled() {
            return real + noise + wrong;
        }

        double precision() {
            return labelled() == 0 ? Double.NaN : 100.0 * real / labelled();
        }

        int floor() {
            return rule.severity() == Severity.INFO ? 70 : 90;
        }

        boolean meets() {
            return labelled() == 0 || precision() >= floor();
        }
    }

    @Test
    void precisionPerRule() throws IOException {
        assumeTrue(CorpusFindings.present(), "corpus not present at " + CorpusFindings.CORPUS);
        List<Finding> findings = CorpusFindings.all();
        List<Label> labels = Files.exists(LABELS) ? Label.read(LABELS) : List.of();
        Map<String, Label> byFingerprint = new HashMap<>();
        for (Label l : labels) {
            assertThat(byFingerprint.put(l.fingerprint(), l))
                    .as("label %s twice", l.fingerprint())
                    .isNull();
        }
        Map<String, List<Finding>> byRule = new TreeMap<>();
        Set<String> present = new HashSet<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
            present.add(Fingerprint.exact(f));
        }
        List<Row> rows = rows(byRule, labels, present);
        String table = table(rows);
        System.out.println(table);
        if (Boolean.getBoolean("archforge.writePrecision")) {
            writeSection(table);
        }
        if (Boolean.getBoolean("archforge.dumpFindings")) {
            StringBuilder all = new StringBuilder();
            for (Finding f : findings) {
                all.append(Fingerprint.exact(f))
                        .append('\t')
                        .append(f.ruleId())
                        .append('\t')
                        .append(f.location().file())
                        .append(':')
                        .append(f.location().line())
                        .append('\t')
                        .append(f.message())
                        .append('\n');
            }
            Files.writeString(Path.of("target/sql-findings.tsv"), all.toString(), StandardCharsets.UTF_8);
        }
        if (Boolean.getBoolean("archforge.sampleLabels")) {
            writeCandidates(byRule, byFingerprint);
        }
    }

    private static List<Row> rows(Map<String, List<Finding>> byRule, List<Label> labels, Set<String> present) {
        List<Row> rows = new ArrayList<>();
        for (RuleDescriptor d : SqlRules.descriptors()) {
            long real = 0;
            long noise = 0;
            long wrong = 0;
            long gone = 0;
            for (Label l : labels) {
                if (!l.rule().equals(d.id())) {
                    continue;
                }
                if (!present.contains(l.fingerprint())) {
                    gone++;
                } else if (l.verdict().equals("real")) {
                    real++;
                } else if (l.verdict().equals("noise")) {
                    noise++;
                } else {
                    wrong++;
                }
            }
            long count = byRule.getOrDefault(d.id(), List.of()).size();
            if (count > 0 || real + noise + wrong + gone > 0) {
                rows.add(new Row(d, count, real, noise, wrong, gone));
            }
        }
        return rows;
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("## SQL rules\n\n");
        b.append("Measured on ")
                .append(LocalDate.now(ZoneOffset.UTC))
                .append(" over the shared corpus's SQL files (each schema in schema mode, each migration folder in")
                .append(
                        " migration mode, with the settings of\n`archforge-sql/src/test/resources/precision/corpus-settings.tsv`: lemmy, musicbrainz-updates and synapse offline, crates.io live since 2014-11-20 with its large tables named)"
                                + " against the labels in\n")
                .append("`archforge-sql/src/test/resources/precision/sql-labels.tsv` (real / noise / wrong, each with")
                .append(" the reason, written by reading the statement in its file). Regenerate with:\n\n")
                .append("```\n")
                .append(COMMAND)
                .append("\n```\n\n")
                .append("Precision = real / (real + noise + wrong) over the labels whose finding still appears;")
                .append(
                        " *gone* counts labels whose finding no longer appears. Floors: warning/error ≥ 90 %, info ≥ 70 %.\n\n");
        long meets = rows.stream().filter(r -> r.labelled() > 0 && r.meets()).count();
        long below = rows.stream().filter(r -> r.labelled() > 0 && !r.meets()).count();
        b.append(String.format(
                Locale.ROOT,
                "%d rules with labelled findings meet their floor, %d do not; rules without findings on the corpus"
                        + " (opt-in, online only on offline folders, or narrowed away) show -.%n%n",
                meets,
                below));
        b.append(
                "| rule | severity | runs | corpus findings | labelled | real | noise | wrong | gone | precision | floor |\n");
        b.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            b.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %s | %s | %d | %d | %d | %d | %d | %d | %s | %s |%n",
                    r.rule().id(),
                    r.rule().severity().name().toLowerCase(Locale.ROOT),
                    runs(r.rule()),
                    r.findings(),
                    r.labelled(),
                    r.real(),
                    r.noise(),
                    r.wrong(),
                    r.gone(),
                    r.labelled() == 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", r.precision()),
                    r.labelled() == 0
                            ? (r.findings() == 0 ? "no findings" : "unlabelled")
                            : (r.meets() ? "meets " : "BELOW ") + r.floor() + " %"));
        }
        for (String extra : List.of("sql-notes.md", "sql-before.md")) {
            Path file = Path.of("src/test/resources/precision").resolve(extra);
            if (Files.exists(file)) {
                try {
                    b.append('\n').append(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return b.toString();
    }

    /** When the rule runs: by default, opt-in, and whether only on online migrations. */
    private static String runs(RuleDescriptor d) {
        String when = d.tags().contains(SqlRules.OPT_IN) ? "opt-in" : "default";
        return d.tags().contains(Migrations.ONLINE_ONLY) ? when + ", online" : when;
    }

    private static void writeSection(String table) throws IOException {
        String doc = Files.exists(DOC)
                ? Files.readString(DOC, StandardCharsets.UTF_8)
                : "# Precision of the review rules\n\n";
        int start = doc.indexOf("## SQL rules\n");
        String out;
        if (start < 0) {
            out = (doc.endsWith("\n\n") ? doc : doc + "\n") + table;
        } else {
            int end = doc.indexOf("\n## ", start + 1);
            out = doc.substring(0, start) + table + (end < 0 ? "" : doc.substring(end));
        }
        Files.writeString(DOC, out, StandardCharsets.UTF_8);
    }

    private static void writeCandidates(Map<String, List<Finding>> byRule, Map<String, Label> labels)
            throws IOException {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            Map<String, Finding> sorted = new LinkedHashMap<>();
            e.getValue().stream()
                    .sorted(Comparator.comparing(Fingerprint::exact))
                    .forEach(f -> sorted.putIfAbsent(Fingerprint.exact(f), f));
            long have = sorted.keySet().stream().filter(labels::containsKey).count();
            for (Map.Entry<String, Finding> f : sorted.entrySet()) {
                if (have >= SAMPLE) {
                    break;
                }
                if (labels.containsKey(f.getKey())) {
                    continue;
                }
                have++;
                Finding finding = f.getValue();
                b.append("=== ")
                        .append(f.getKey())
                        .append('\t')
                        .append(e.getKey())
                        .append('\t')
                        .append(finding.location().file())
                        .append(':')
                        .append(finding.location().line())
                        .append('\n');
                b.append("    ").append(finding.message()).append('\n');
                b.append(source(finding)).append('\n');
            }
        }
        Path out = Path.of("target/sql-label-candidates.txt");
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private static String source(Finding f) throws IOException {
        Path file = CorpusFindings.CORPUS.resolve(f.location().file());
        if (!Files.isRegularFile(file)) {
            return "";
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int from = Math.max(0, f.location().line() - 2);
        int to = Math.min(
                lines.size(), Math.max(f.location().endLine(), f.location().line()) + 4);
        to = Math.min(to, from + 12);
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(String.format(Locale.ROOT, "  %5d| %s%n", i + 1, lines.get(i)));
        }
        return b.toString();
    }
}
