package dev.archforge.cli;

import dev.archforge.lint.Baseline;
import dev.archforge.lint.Config;
import dev.archforge.lint.ConfigLoader;
import dev.archforge.lint.RuleFailure;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Review;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Severity;
import dev.archforge.model.Skipped;
import dev.archforge.model.UsageException;
import dev.archforge.openapi.OpenApiReviewer;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.report.ReportFormat;
import dev.archforge.report.ReportOptions;
import dev.archforge.source.Limits;
import dev.archforge.sql.SqlReviewer;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.ReviewMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archforge review}: reviews OpenAPI documents, endpoint lists and PostgreSQL schemas and migrations. */
@Command(
        name = "review",
        description = {
            "Review OpenAPI 2.0/3.0/3.1 documents (JSON or YAML, split files followed), plain endpoint lists,"
                    + " and PostgreSQL schema files and migration folders (.sql).",
            "Folders are searched for both; every file passed over is listed with the reason."
        },
        sortOptions = false)
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to review.")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "text (default), json, sarif, markdown, junit, github.")
    String format = "text";

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Optional<Path> output = Optional.empty();

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: error (default), warning, info, never.")
    Optional<String> failOn = Optional.empty();

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "Configuration file (default: .archforge.yaml found upward from the input).")
    Optional<Path> config = Optional.empty();

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Report only findings that are not in this baseline file.")
    Optional<Path> baseline = Optional.empty();

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description = "Write all current findings to FILE as the new baseline.")
    Optional<Path> writeBaseline = Optional.empty();

    @Option(names = "--as", paramLabel = "KIND", description = "Read inputs as: auto (default), openapi, endpoints.")
    String as = "auto";

    @Option(
            names = "--max-file-size",
            paramLabel = "MB",
            description = "Refuse files larger than this many megabytes (default 64).")
    int maxFileSizeMb = 64;

    @Option(
            names = "--max-depth",
            paramLabel = "N",
            description = "Refuse documents nested deeper than N levels (default 1000).")
    int maxDepth = Limits.DEFAULT.maxDepth();

    @Option(
            names = "--max-values",
            paramLabel = "N",
            description = "Refuse documents holding more than N values (default 8000000).")
    int maxValues = Limits.DEFAULT.maxNodes();

    @Option(
            names = "--max-aliases",
            paramLabel = "N",
            description = "Refuse YAML with more than N aliases (default 1000).")
    int maxAliases = Limits.DEFAULT.maxAliases();

    @Option(
            names = "--max-alias-values",
            paramLabel = "N",
            description = "Refuse YAML whose aliases expand to more than N values (default 1000000).")
    int maxAliasValues = Limits.DEFAULT.maxAliasNodes();

    @Option(
            names = "--sql-mode",
            paramLabel = "MODE",
            description = "Read SQL as: auto (default: a folder or several files are migrations, one file a schema),"
                    + " schema or migration.")
    String sqlMode = "auto";

    @Option(
            names = "--migrations",
            paramLabel = "HOW",
            description = "How SQL migrations are applied: online (default: to a database that keeps serving) or"
                    + " offline (with the service stopped: only table rewrites and data loss are reviewed)."
                    + " Overrides 'migrations:' in the configuration.")
    Optional<String> migrations = Optional.empty();

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Option(
            names = "--timings",
            description = "Print how long reading and each of the slowest rules took, on standard error.")
    boolean timings;

    boolean terminal;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat = ReportFormat.parse(format)
                .orElseThrow(() -> new UsageException(
                        "unknown format '" + format + "', expected text, json, sarif, markdown, junit or github"));
        InputKind kind =
                switch (as) {
                    case "auto" -> InputKind.AUTO;
                    case "openapi" -> InputKind.OPENAPI;
                    case "endpoints" -> InputKind.ENDPOINTS;
                    default ->
                        throw new UsageException("unknown --as '" + as + "', expected auto, openapi or endpoints");
                };
        if (!List.of("auto", "schema", "migration").contains(sqlMode)) {
            throw new UsageException("unknown --sql-mode '" + sqlMode + "', expected auto, schema or migration");
        }
        Limits limits = limits();
        OutputTargets.check(output, writeBaseline, paths);
        Config cfg = loadConfig();
        Migrations upgrade = migrations(cfg);
        Optional<Severity> threshold = threshold(cfg);
        OpenApiReviewer reviewer = new OpenApiReviewer(limits);

        InputFiles.Inputs classified = InputFiles.classify(paths, "migration".equals(sqlMode));
        List<String> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>(classified.problems());
        List<Skipped> skipped = new ArrayList<>(classified.skipped());
        boolean api = false;
        for (InputFiles.Input input : classified.apis()) {
            if (cfg.isIgnored(input.path())) {
                skipped.add(new Skipped(input.displayName(), "ignored by the configuration"));
                continue;
            }
            files.add(input.displayName());
            try {
                long start = System.nanoTime();
                RunResult result = reviewer.review(input.path(), input.displayName(), kind, cfg);
                api = true;
                findings.addAll(result.findings());
                failures.addAll(result.failures());
                if (timings) {
                    Timings.print(err, input.displayName(), System.nanoTime() - start, result.nanos());
                }
            } catch (InvalidInputException e) {
                problems.add(InputProblem.of(e));
            }
        }
        boolean sql = false;
        for (List<Path> set : classified.sqlSets()) {
            List<Path> kept = new ArrayList<>();
            for (Path p : set) {
                if (cfg.isIgnored(p)) {
                    skipped.add(new Skipped(InputFiles.display(p), "ignored by the configuration"));
                } else {
                    kept.add(p);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            sql = true;
            try {
                findings.addAll(reviewSql(kept, cfg, upgrade, limits, files, failures, err));
            } catch (InvalidInputException e) {
                problems.add(InputProblem.of(e));
            }
        }
        findings = SqlSyntax.moveToProblems(findings, problems);
        if (writeBaseline.isPresent()) {
            Path target = writeBaseline.get();
            List<Finding> all = findings;
            OutputTargets.write(target, "baseline", w -> w.write(Baseline.write(all, target)));
            err.println("archforge: wrote " + findings.size() + " findings to baseline " + target);
        }
        if (baseline.isPresent()) {
            int before = findings.size();
            findings = Baseline.read(baseline.get()).newFindings(findings);
            err.println("archforge: baseline " + baseline.get() + " hides " + (before - findings.size())
                    + " known findings");
        }
        // the rules that ran: API rules when API descriptions were read, SQL rules when SQL was
        boolean apiRules = api;
        boolean sqlRules = sql;
        List<RuleDescriptor> rules = Catalog.all().stream()
                .filter(cfg::runs)
                .filter(r -> (apiRules && r.id().startsWith("api-")) || (sqlRules && r.id().startsWith("sql-")))
                .toList();
        Review review = new Review(files, findings, rules, problems, skipped);
        findings = List.of();
        boolean color = reportFormat == ReportFormat.TEXT
                && terminal
                && !noColor
                && output.isEmpty()
                && System.getenv("NO_COLOR") == null;
        ReportOptions options = new ReportOptions(color, ArchforgeCommand.Version.version());
        // the text report on standard output shows the problems itself; elsewhere they go to stderr too
        if (reportFormat != ReportFormat.TEXT || output.isPresent()) {
            review.errors().forEach(p -> err.println(p.describe()));
        }
        Diagnostics.skippedSummary(err, review.skipped());
        if (output.isPresent()) {
            OutputTargets.write(
                    output.get(), "report", w -> reportFormat.reporter().write(review, options, w));
        } else {
            try {
                reportFormat.reporter().write(review, options, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        }
        for (RuleFailure f : failures) {
            err.println("archforge: internal error: rule " + f.ruleId() + " failed on " + f.file() + ": " + f.error());
        }
        if (!failures.isEmpty()) {
            return ExitCodes.INTERNAL;
        }
        if (!review.errors().isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        if (writeBaseline.isPresent()) {
            return ExitCodes.OK;
        }
        return threshold.isPresent() && review.hasFindingsAtLeast(threshold.get()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The reading limits, each raised by its own option. */
    private Limits limits() {
        positive("--max-file-size", maxFileSizeMb, "megabytes");
        positive("--max-depth", maxDepth, "levels");
        positive("--max-values", maxValues, "values");
        positive("--max-aliases", maxAliases, "aliases");
        positive("--max-alias-values", maxAliasValues, "values");
        return new Limits(maxFileSizeMb * 1024L * 1024L, maxDepth, maxValues, maxAliases, maxAliasValues);
    }

    private static void positive(String option, int value, String unit) {
        if (value <= 0) {
            throw new UsageException(option + " must be a positive number of " + unit + ", got " + value);
        }
    }

    /** Reviews one set of SQL files (a migrations folder, or the loose files) replayed together. */
    private List<Finding> reviewSql(
            List<Path> set,
            Config cfg,
            Migrations upgrade,
            Limits limits,
            List<String> files,
            List<RuleFailure> failures,
            PrintWriter err) {
        List<Path> sqlFiles = SqlReviewer.expand(set, cfg);
        sqlFiles.forEach(p -> files.add(InputFiles.display(p)));
        SqlReviewer sqlReviewer = new SqlReviewer(limits);
        long start = System.nanoTime();
        ReviewMode mode =
                switch (sqlMode) {
                    case "auto" -> ReviewMode.defaultFor(sqlFiles);
                    case "schema" -> ReviewMode.SCHEMA;
                    case "migration" -> ReviewMode.MIGRATION;
                    default ->
                        throw new UsageException(
                                "unknown --sql-mode '" + sqlMode + "', expected auto, schema or migration");
                };
        if (mode == ReviewMode.MIGRATION) {
            err.println("archforge: " + sqlFiles.size() + " SQL files reviewed as migrations applied "
                    + upgrade.label()
                    + (upgrade == Migrations.ONLINE
                            ? " (to a serving database; --migrations offline if the service is stopped)"
                            : " (service stopped: only table rewrites and data loss)"));
        }
        RunResult result = sqlReviewer.reviewFiles(sqlFiles, mode, upgrade, cfg);
        failures.addAll(result.failures());
        if (timings) {
            Timings.print(err, sqlFiles.size() + " SQL files", System.nanoTime() - start, result.nanos());
        }
        return result.findings();
    }

    private Config loadConfig() {
        if (config.isPresent()) {
            if (!Files.isRegularFile(config.get())) {
                throw new UsageException("configuration file " + config.get() + " does not exist");
            }
            return ConfigLoader.load(config.get(), Catalog.all());
        }
        Path start = paths.isEmpty() ? Path.of("") : paths.get(0);
        Optional<Path> found = ConfigLoader.findUpward(start);
        if (found.isEmpty()) {
            return Config.empty(Path.of("").toAbsolutePath());
        }
        return ConfigLoader.load(found.get(), Catalog.all());
    }

    /** How migrations are applied: the flag, else the configuration, else online. */
    private Migrations migrations(Config cfg) {
        String value = migrations.or(cfg::migrations).orElse("online");
        return Migrations.parse(value)
                .orElseThrow(
                        () -> new UsageException("unknown --migrations '" + value + "', expected online or offline"));
    }

    /** The level that fails the run: the flag, else the configuration, else error; empty for never. */
    private Optional<Severity> threshold(Config cfg) {
        String level = failOn.or(cfg::failOn).orElse("error");
        if ("never".equals(level)) {
            return Optional.empty();
        }
        return Optional.of(Severity.parse(level)
                .orElseThrow(() -> new UsageException(
                        "unknown --fail-on '" + level + "', expected error, warning, info or never")));
    }
}
