package dev.archforge.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archforge.lint.Config;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRunner;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.source.Limits;
import dev.archforge.sql.ast.ParseProblem;
import dev.archforge.sql.ast.PsqlMeta;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.catalog.SqlRules;
import dev.archforge.sql.rules.ReviewMode;
import dev.archforge.sql.rules.SqlFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every schema and migration folder of the shared corpus is reviewed by every rule without a
 * crash. Prints the findings per rule per group, which is how rules are calibrated, and the parse
 * coverage (statements parsed against parse problems) over the PostgreSQL files: the MySQL schema
 * and the Go-template migrations of supabase-auth are reviewed but left out of that figure.
 * Skips when the corpus is absent.
 */
class CorpusReviewTest {
    static final Path CORPUS = Path.of(System.getProperty("archforge.corpus", "../../shared/corpus"))
            .resolve("sql");

    private long parsed;
    private long problems;
    private final Map<String, Long> totals = new TreeMap<>();

    @Test
    void everyCorpusGroupIsReviewedWithoutACrash() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS);
        List<Path> schemas;
        try (Stream<Path> list = Files.list(CORPUS.resolve("schemas"))) {
            schemas = list.sorted().toList();
        }
        for (Path schema : schemas) {
            review(schema, ReviewMode.SCHEMA);
        }
        List<Path> migrations;
        try (Stream<Path> list = Files.list(CORPUS.resolve("migrations"))) {
            migrations = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : migrations) {
            review(folder, ReviewMode.MIGRATION);
        }
        double coverage = 100.0 * parsed / Math.max(1, parsed + problems);
        System.out.printf(
                "corpus sql: parse coverage on PostgreSQL files %d of %d statements (%.2f %%), %d parse problems%n",
                parsed, parsed + problems, coverage, problems);
        System.out.println("corpus sql: findings per rule " + totals);
        assertThat(coverage).isGreaterThanOrEqualTo(99.5);
    }

    private void review(Path input, ReviewMode mode) {
        String group = CORPUS.relativize(input).toString().replace('\\', '/');
        Config config = Config.empty(CORPUS);
        List<Path> files = SqlReviewer.expand(List.of(input), config);
        List<SqlFile> prepared = new SqlReviewer(Limits.DEFAULT).prepare(files, mode);
        List<RegisteredRule<SqlFile>> rules = SqlRules.registered(mode);
        List<Finding> findings = new ArrayList<>();
        boolean postgres = !group.contains("sakila-mysql") && !group.contains("supabase-auth");
        long groupParsed = 0;
        long groupProblems = 0;
        for (SqlFile file : prepared) {
            RunResult r = RuleRunner.run(file, file.name(), rules, config);
            assertThat(r.failures()).as("rules that crashed on %s", file.name()).isEmpty();
            findings.addAll(r.findings());
            for (Statement s : file.statements()) {
                if (s instanceof ParseProblem) {
                    groupProblems++;
                } else if (!(s instanceof PsqlMeta)) {
                    groupParsed++;
                }
            }
        }
        if (postgres) {
            parsed += groupParsed;
            problems += groupProblems;
        }
        Map<String, Long> perRule =
                findings.stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        perRule.forEach((rule, n) -> totals.merge(rule, n, Long::sum));
        System.out.printf(
                "corpus %s (%s, %d files): %d/%d statements parsed, %d findings %s%n",
                group,
                mode.name().toLowerCase(java.util.Locale.ROOT),
                prepared.size(),
                groupParsed,
                groupParsed + groupProblems,
                findings.size(),
                perRule);
    }
}
