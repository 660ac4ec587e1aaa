package dev.archforge.cli;

import dev.archforge.engine.Engine;
import dev.archforge.engine.review.ConfigSource;
import dev.archforge.engine.review.Deployment;
import dev.archforge.engine.review.FailOn;
import dev.archforge.engine.review.ReadAs;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.ReviewResult;
import dev.archforge.engine.review.SqlMode;
import dev.archforge.engine.review.SqlRun;
import dev.archforge.lint.Baseline;
import dev.archforge.lint.RuleFailure;
import dev.archforge.model.Finding;
import dev.archforge.model.Review;
import dev.archforge.model.UsageException;
import dev.archforge.report.ReportFormat;
import dev.archforge.report.ReportOptions;
import dev.archforge.source.Limits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

    @Option(
            names = "--large-tables",
            paramLabel = "TABLES",
            description = "The tables a scan under a lock would stall, comma-separated (orders,audit.events):"
                    + " the lock rules judge every other table small. Overrides 'large-tables:' in the"
                    + " configuration.")
    Optional<String> largeTables = Optional.empty();

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
        ReadAs readAs = ReadAs.parse(as)
                .orElseThrow(
                        () -> new UsageException("unknown --as '" + as + "', expected auto, openapi or endpoints"));
        SqlMode mode = SqlMode.parse(sqlMode)
                .orElseThrow(() ->
                        new UsageException("unknown --sql-mode '" + sqlMode + "', expected auto, schema or migration"));
        Optional<Deployment> deployment = migrations.map(value -> Deployment.parse(value)
                .orElseThrow(
                        () -> new UsageException("unknown --migrations '" + value + "', expected online or offline")));
        Optional<FailOn> level = failOn.map(value -> FailOn.parse(value)
                .orElseThrow(() -> new UsageException(
                        "unknown --fail-on '" + value + "', expected error, warning, info or never")));
        Limits limits = limits();
        OutputTargets.check(output, writeBaseline, paths);
        ReviewRequest request = ReviewRequest.builder()
                .paths(paths)
                .readAs(readAs)
                .sqlMode(mode)
                .migrations(deployment)
                .largeTables(largeTables.map(CommaList::split))
                .failOn(level)
                .config(config.<ConfigSource>map(ConfigSource.FromFile::new).orElse(ConfigSource.discover()))
                .baseline(baseline)
                .limits(limits)
                .build();
        ReviewResult result = new Engine().review(request);
        for (SqlRun run : result.sqlRuns()) {
            err.println("archforge: " + run.describe());
        }
        if (timings) {
            result.timings().forEach(t -> Timings.print(err, t.input(), t.totalNanos(), t.ruleNanos()));
        }
        if (writeBaseline.isPresent()) {
            Path target = writeBaseline.get();
            List<Finding> all = result.beforeBaseline();
            OutputTargets.write(target, "baseline", w -> w.write(Baseline.write(all, target)));
            err.println("archforge: wrote " + all.size() + " findings to baseline " + target);
        }
        if (baseline.isPresent()) {
            err.println("archforge: baseline " + baseline.get() + " hides " + result.hiddenByBaseline()
                    + " known findings");
        }
        Review review = result.review();
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
        for (RuleFailure f : result.failures()) {
            err.println("archforge: internal error: rule " + f.ruleId() + " failed on " + f.file() + ": " + f.error());
        }
        return switch (result.outcome()) {
            case INTERNAL_ERROR -> ExitCodes.INTERNAL;
            case INVALID_INPUT -> ExitCodes.INVALID_INPUT;
            case FINDINGS -> writeBaseline.isPresent() ? ExitCodes.OK : ExitCodes.FINDINGS;
            case PASSED -> ExitCodes.OK;
        };
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
}
