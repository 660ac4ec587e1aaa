package dev.archforge.engine.review;

import dev.archforge.lint.Baseline;
import dev.archforge.lint.Config;
import dev.archforge.lint.ConfigLoader;
import dev.archforge.lint.InOrder;
import dev.archforge.lint.RuleFailure;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Review;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Setting;
import dev.archforge.model.Severity;
import dev.archforge.model.Skipped;
import dev.archforge.model.UsageException;
import dev.archforge.openapi.OpenApiReviewer;
import dev.archforge.source.Limits;
import dev.archforge.source.SourceText;
import dev.archforge.sql.SqlReviewer;
import dev.archforge.sql.rules.ReviewMode;
import dev.archforge.sql.rules.TableSizes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The review flow, whatever face asked: sort the inputs into API descriptions and SQL sets, load
 * the configuration, run the API rules on each description and the SQL rules on each set, turn
 * SQL that does not parse into an input problem, apply the baseline, and say which rules ran.
 * Holds no state between requests: one instance serves any number of threads.
 */
public final class ReviewService {
    private final RuleCatalog catalog;
    private final ReviewCache cache;

    public ReviewService(RuleCatalog catalog, ReviewCache cache) {
        this.catalog = catalog;
        this.cache = cache;
    }

    /**
     * Reviews what the request names. Throws {@link UsageException} for a request that cannot
     * run (a configuration file that does not exist or names an unknown value); everything about
     * the inputs themselves is in the result. An interrupted thread ends the review with
     * {@link dev.archforge.model.CancelledException} between inputs, SQL files and rules.
     */
    public ReviewResult review(ReviewRequest request) {
        List<Path> paths = request.inputs().stream()
                .filter(ReviewInput.OnDisk.class::isInstance)
                .map(i -> ((ReviewInput.OnDisk) i).path())
                .toList();
        List<SourceText> texts = request.inputs().stream()
                .filter(ReviewInput.InMemory.class::isInstance)
                .map(i -> ((ReviewInput.InMemory) i).text())
                .toList();
        Config cfg = overridden(config(request.config(), paths), request);
        Deployment deployment = deployment(request, cfg);
        Optional<Severity> threshold = threshold(request, cfg);
        OpenApiReviewer apiReviewer = new OpenApiReviewer(request.limits());
        SqlReviewer sqlReviewer = new SqlReviewer(request.limits());
        boolean oneHistory = request.sqlMode() == SqlMode.MIGRATION;

        InputFiles.Inputs classified = InputFiles.classify(paths, oneHistory);
        Run run = new Run(classified.problems(), classified.skipped());
        for (InputFiles.Input input : classified.apis()) {
            if (cfg.isIgnored(input.path())) {
                run.skipped.add(new Skipped(input.displayName(), "ignored by the configuration"));
                continue;
            }
            run.files.add(input.displayName());
            run.api(
                    input.displayName(),
                    () -> apiReviewer.review(
                            input.path(), input.displayName(), request.readAs().kind(), cfg));
        }
        for (SourceText text : texts) {
            if (!ReviewInput.isSqlName(text.name())) {
                run.files.add(text.name());
                run.api(
                        text.name(),
                        () -> apiReviewer.review(text, request.readAs().kind(), cfg));
            }
        }
        for (List<Path> set : classified.sqlSets()) {
            List<Path> kept = new ArrayList<>();
            for (Path p : set) {
                if (cfg.isIgnored(p)) {
                    run.skipped.add(new Skipped(InputFiles.display(p), "ignored by the configuration"));
                } else {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty()) {
                List<Path> files = SqlReviewer.expand(kept, cfg);
                files.forEach(p -> run.files.add(InputFiles.display(p)));
                ReviewMode mode = mode(request.sqlMode(), files);
                run.sql(
                        files.size() + " SQL files",
                        files.size(),
                        mode,
                        deployment,
                        () -> cache.sqlSet(
                                files,
                                new SqlSettings(mode, deployment, cfg, request.limits()),
                                () -> sqlReviewer.reviewFiles(files, mode, deployment.migrations(), cfg),
                                run.reused::incrementAndGet));
            }
        }
        List<SourceText> sqlTexts =
                texts.stream().filter(t -> ReviewInput.isSqlName(t.name())).toList();
        for (List<SourceText> set :
                oneHistory ? List.of(sqlTexts) : sqlTexts.stream().map(List::of).toList()) {
            if (!set.isEmpty()) {
                set.forEach(t -> run.files.add(t.name()));
                ReviewMode mode = mode(request.sqlMode(), set);
                run.sql(
                        set.size() + " SQL texts",
                        set.size(),
                        mode,
                        deployment,
                        () -> sqlReviewer.reviewTexts(set, mode, deployment.migrations(), cfg));
            }
        }
        run.execute();
        List<Finding> findings = SqlSyntax.moveToProblems(run.findings, run.problems);
        List<Finding> all = findings;
        if (request.baseline().isPresent()) {
            findings = Baseline.read(request.baseline().get()).newFindings(findings);
        }
        // the rules that ran: API rules when API descriptions were read, SQL rules when SQL was
        List<RuleDescriptor> rules = catalog.all().stream()
                .filter(cfg::runs)
                .filter(r -> (run.api && r.id().startsWith("api-")) || (run.sql && r.id().startsWith("sql-")))
                .toList();
        Review review = new Review(run.files, findings, rules, run.problems, run.skipped, settings(cfg, run));
        return new ReviewResult(
                review,
                all,
                all.size() - findings.size(),
                run.failures,
                run.sqlRuns,
                run.timings,
                threshold,
                run.reused.get());
    }

    /**
     * The settings a reader of the report needs to judge the findings: how SQL migrations were
     * reviewed and deployed, from which version the database held data, which tables are large,
     * and the strict profile.
     */
    private static List<Setting> settings(Config cfg, Run run) {
        List<Setting> out = new ArrayList<>();
        if (cfg.strict()) {
            out.add(Setting.of("profile", "strict"));
        }
        if (!run.sqlRuns.isEmpty()) {
            out.add(ReviewMode.MIGRATION.setting());
            out.add(run.sqlRuns.get(0).deployment().migrations().setting());
            cfg.liveSince()
                    .ifPresent(v -> out.add(new Setting(
                            "live-since",
                            v,
                            "earlier migrations ran before the database held data: design rules only")));
        }
        if (run.sql) {
            TableSizes.of(cfg.largeTables()).setting().ifPresent(out::add);
        }
        return out;
    }

    private static ReviewMode mode(SqlMode mode, List<?> files) {
        return switch (mode) {
            case AUTO -> ReviewMode.defaultFor(files);
            case SCHEMA -> ReviewMode.SCHEMA;
            case MIGRATION -> ReviewMode.MIGRATION;
        };
    }

    /**
     * What one request gathers: the steps (an API description, a SQL set) are listed first, then
     * {@link #execute run} together on as many threads as there are cores and folded in the order
     * they were listed, so the result is the same as one after the other. Parsing a SQL set or an
     * API description is single-threaded; with the steps side by side one step's parsing overlaps
     * another's rules. Confined to the request's thread except for the steps themselves.
     */
    private static final class Run {
        final List<String> files = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final List<RuleFailure> failures = new ArrayList<>();
        final List<InputProblem> problems;
        final List<Skipped> skipped;
        final List<SqlRun> sqlRuns = new ArrayList<>();
        final List<InputTiming> timings = new ArrayList<>();
        /** Steps run side by side: the sets the cache answered. */
        final AtomicInteger reused = new AtomicInteger();

        private final List<Pending> pending = new ArrayList<>();
        boolean api;
        boolean sql;

        Run(List<InputProblem> problems, List<Skipped> skipped) {
            this.problems = new ArrayList<>(problems);
            this.skipped = new ArrayList<>(skipped);
        }

        void api(String name, Step step) {
            pending.add(new Pending(name, true, step));
        }

        void sql(String name, int count, ReviewMode mode, Deployment deployment, Step step) {
            sql = true;
            if (mode == ReviewMode.MIGRATION) {
                sqlRuns.add(new SqlRun(count, true, deployment));
            }
            pending.add(new Pending(name, false, step));
        }

        /** Runs every listed step and folds the results in order. */
        void execute() {
            List<Callable<Timed>> tasks = pending.stream()
                    .<Callable<Timed>>map(p -> () -> Timed.run(p.step()))
                    .toList();
            List<Timed> done = InOrder.run(tasks, "archforge-review");
            for (int i = 0; i < pending.size(); i++) {
                fold(pending.get(i), done.get(i));
            }
        }

        private void fold(Pending step, Timed done) {
            if (done.invalid() != null) {
                problems.add(InputProblem.of(done.invalid()));
                return;
            }
            RunResult result = Objects.requireNonNull(done.result());
            findings.addAll(result.findings());
            failures.addAll(result.failures());
            timings.add(new InputTiming(step.name(), done.nanos(), result.nanos()));
            if (step.api()) {
                api = true;
            }
        }
    }

    /** What a SQL set's findings depend on besides its files: the key of {@link ReviewCache} with them. */
    private record SqlSettings(ReviewMode mode, Deployment deployment, Config config, Limits limits) {}

    /** A step listed, not yet run. */
    private record Pending(String name, boolean api, Step step) {}

    /** A step's result and how long it took, or the input problem it ended in. */
    private record Timed(
            @Nullable RunResult result, @Nullable InvalidInputException invalid, long nanos) {
        static Timed run(Step step) {
            long start = System.nanoTime();
            try {
                RunResult result = step.run();
                return new Timed(result, null, System.nanoTime() - start);
            } catch (InvalidInputException e) {
                return new Timed(null, e, System.nanoTime() - start);
            }
        }
    }

    /** One review step: an API description or a SQL set. */
    @FunctionalInterface
    private interface Step {
        RunResult run();
    }

    private Config config(ConfigSource source, List<Path> paths) {
        if (source instanceof ConfigSource.Given given) {
            return given.config();
        }
        if (source instanceof ConfigSource.FromFile file) {
            if (!Files.isRegularFile(file.file())) {
                throw new UsageException("configuration file " + file.file() + " does not exist");
            }
            return ConfigLoader.load(file.file(), catalog.all());
        }
        Optional<Path> top = ((ConfigSource.Discover) source).top();
        Optional<Path> found = paths.isEmpty() ? Optional.empty() : ConfigLoader.findUpward(paths.get(0), top);
        return found.isEmpty()
                ? Config.empty(Path.of("").toAbsolutePath())
                : ConfigLoader.load(found.get(), catalog.all());
    }

    /**
     * The configuration with what the request sets in its place: the large tables, each checked the
     * way the configuration's are.
     */
    private static Config overridden(Config cfg, ReviewRequest request) {
        if (request.largeTables().isEmpty()) {
            return cfg;
        }
        for (String table : request.largeTables().get()) {
            if (!ConfigLoader.isTableName(table)) {
                throw new UsageException(
                        "--large-tables expects table names such as orders or audit.events, found '" + table + "'");
            }
        }
        return cfg.toBuilder().largeTables(request.largeTables()).build();
    }

    /** How migrations are applied: the request, else the configuration, else online. */
    private static Deployment deployment(ReviewRequest request, Config cfg) {
        if (request.migrations().isPresent()) {
            return request.migrations().get();
        }
        String value = cfg.migrations().orElse("online");
        return Deployment.parse(value)
                .orElseThrow(
                        () -> new UsageException("unknown --migrations '" + value + "', expected online or offline"));
    }

    /** The level that fails the run: the request, else the configuration, else error; empty for never. */
    private static Optional<Severity> threshold(ReviewRequest request, Config cfg) {
        if (request.failOn().isPresent()) {
            return request.failOn().get().threshold();
        }
        String level = cfg.failOn().orElse("error");
        return FailOn.parse(level)
                .orElseThrow(() ->
                        new UsageException("unknown --fail-on '" + level + "', expected error, warning, info or never"))
                .threshold();
    }
}
