package dev.archforge.mcp.tools;

import dev.archforge.engine.review.Outcome;
import dev.archforge.engine.review.ReviewResult;
import dev.archforge.engine.review.SqlRun;
import dev.archforge.lint.RuleFailure;
import dev.archforge.mcp.support.Json;
import dev.archforge.mcp.support.Version;
import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import dev.archforge.model.Review;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Summary;
import dev.archforge.report.ReportFormat;
import dev.archforge.report.ReportOptions;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A review as a tool result. The structured content is the CLI's {@code --format json} report (the
 * same findings, locations and help links) with two additions for a model: {@code rules}, the findings
 * grouped by rule with the rule's title and how to fix it, and {@code summary.text}, a few sentences to
 * read first. The text content is that summary and the first findings, one line each, as the CLI's text
 * report writes them.
 */
final class ReviewOutput {
    static final int DEFAULT_MAX_FINDINGS = 500;
    private static final int TEXT_FINDINGS = 20;

    private ReviewOutput() {}

    static CallToolResult of(ReviewResult result, int maxFindings, Optional<String> heading) {
        Review review = result.review();
        boolean truncated = maxFindings > 0 && review.findings().size() > maxFindings;
        // only the findings listed are rendered: the JSON of thousands, parsed back to be cut, cost more than the
        // review
        Review listed = truncated
                ? new Review(
                        review.files(),
                        review.findings().subList(0, maxFindings),
                        review.rules(),
                        review.errors(),
                        review.skipped(),
                        review.settings())
                : review;
        Map<String, Object> json = Json.object(reportJson(listed));
        json.put("truncated", truncated);
        json.put("rules", byRule(review));
        String text = summary(result, truncated, maxFindings, heading);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary =
                (Map<String, Object>) Objects.requireNonNull(json.get("summary"), "report JSON without summary");
        Summary all = review.summary(); // the counts of every finding, listed or not
        summary.put("error", all.errors());
        summary.put("warning", all.warnings());
        summary.put("info", all.infos());
        summary.put("total", all.total());
        summary.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        summary.put("text", text);
        summary.put("reusedSqlSets", result.reusedSqlSets());
        json.put("sqlRuns", result.sqlRuns().stream().map(SqlRun::describe).toList());
        boolean error = result.outcome() == Outcome.INVALID_INPUT || result.outcome() == Outcome.INTERNAL_ERROR;
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(text + lines(review)).build()))
                .structuredContent(json)
                .isError(error)
                .build();
    }

    private static String reportJson(Review review) {
        StringWriter out = new StringWriter();
        try {
            ReportFormat.JSON.reporter().write(review, new ReportOptions(false, Version.VERSION), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Each rule that found something, most findings first, with what to do about it. */
    private static List<Map<String, Object>> byRule(Review review) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : review.findings()) {
            counts.merge(f.ruleId(), 1, Integer::sum);
        }
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        review.rules().forEach(r -> rules.putIfAbsent(r.id(), r));
        List<Map<String, Object>> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue())
                        ? a.getKey().compareTo(b.getKey())
                        : b.getValue() - a.getValue())
                .forEach(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("ruleId", e.getKey());
                    m.put("count", e.getValue());
                    RuleDescriptor r = rules.get(e.getKey());
                    if (r != null) {
                        m.put("title", r.title());
                        m.put("severity", r.severity().id());
                        m.put("category", r.category().id());
                        m.put("howToFix", r.howToFix());
                        m.put("helpUri", r.docsUrl());
                    }
                    out.add(m);
                });
        return out;
    }

    private static String summary(ReviewResult result, boolean truncated, int max, Optional<String> heading) {
        Review review = result.review();
        Summary s = review.summary();
        StringBuilder b = new StringBuilder();
        heading.ifPresent(h -> b.append(h).append(' '));
        int files = review.files().size();
        b.append("Reviewed ").append(files).append(files == 1 ? " file: " : " files: ");
        if (s.total() == 0) {
            b.append("no findings.");
        } else {
            b.append(s.total())
                    .append(s.total() == 1 ? " finding (" : " findings (")
                    .append(s.errors())
                    .append(" error, ")
                    .append(s.warnings())
                    .append(" warning, ")
                    .append(s.infos())
                    .append(" info).");
            List<Map<String, Object>> rules = byRule(review);
            b.append(" Most frequent: ");
            for (int i = 0; i < Math.min(5, rules.size()); i++) {
                Map<String, Object> r = rules.get(i);
                b.append(i == 0 ? "" : ", ")
                        .append(r.get("ruleId"))
                        .append(" ×")
                        .append(r.get("count"));
            }
            b.append('.');
        }
        if (!review.errors().isEmpty()) {
            b.append(' ')
                    .append(review.errors().size())
                    .append(review.errors().size() == 1 ? " input" : " inputs")
                    .append(" could not be reviewed (see errors).");
        }
        if (!review.skipped().isEmpty()) {
            b.append(' ').append(review.skipped().size()).append(" files were passed over (see skipped).");
        }
        for (RuleFailure f : result.failures()) {
            b.append(" Internal error: rule ")
                    .append(f.ruleId())
                    .append(" failed on ")
                    .append(f.file())
                    .append('.');
        }
        if (truncated) {
            b.append(" Only the first ").append(max).append(" findings are listed (maxFindings; 0 lists all).");
        }
        if (result.reusedSqlSets() > 0) {
            b.append(' ')
                    .append(result.reusedSqlSets())
                    .append(
                            result.reusedSqlSets() == 1
                                    ? " SQL set was unchanged since an earlier review: its findings were reused."
                                    : " SQL sets were unchanged since an earlier review: their findings were reused.");
        }
        return b.toString();
    }

    /** The problems, then the first findings, as the CLI's text report writes each. */
    private static String lines(Review review) {
        StringBuilder b = new StringBuilder();
        for (InputProblem p : review.errors()) {
            b.append('\n').append(p.describe());
        }
        List<Finding> findings = review.findings();
        for (int i = 0; i < Math.min(TEXT_FINDINGS, findings.size()); i++) {
            Finding f = findings.get(i);
            b.append('\n')
                    .append(f.location().file())
                    .append(':')
                    .append(f.location().line())
                    .append(':')
                    .append(f.location().column())
                    .append(": ")
                    .append(f.severity().id())
                    .append(": ")
                    .append(f.message())
                    .append(" [")
                    .append(f.ruleId())
                    .append(']');
        }
        if (findings.size() > TEXT_FINDINGS) {
            b.append("\n… ").append(findings.size() - TEXT_FINDINGS).append(" more in the structured content");
        }
        return b.toString();
    }
}
