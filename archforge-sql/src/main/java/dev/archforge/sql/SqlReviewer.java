package dev.archforge.sql;

import dev.archforge.lint.Config;
import dev.archforge.lint.InOrder;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleFailure;
import dev.archforge.lint.RuleRunner;
import dev.archforge.lint.RunResult;
import dev.archforge.model.CancelledException;
import dev.archforge.model.Category;
import dev.archforge.model.Finding;
import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import dev.archforge.source.Limits;
import dev.archforge.source.SourceText;
import dev.archforge.sql.ast.ParsedScript;
import dev.archforge.sql.catalog.SqlRules;
import dev.archforge.sql.parse.SqlParser;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.ReviewMode;
import dev.archforge.sql.rules.SqlFile;
import dev.archforge.sql.rules.TableSizes;
import dev.archforge.sql.schema.MigrationFiles;
import dev.archforge.sql.schema.Schema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reviews SQL files: expands folders into their up-migrations in version order, parses each file,
 * replays all of them in order into the schema model, and runs the SQL rules on each file with the
 * schema before each statement and the schema the files end with.
 */
public final class SqlReviewer {
    private final Limits limits;

    public SqlReviewer(Limits limits) {
        this.limits = limits;
    }

    /** Reviews in the default mode: {@link ReviewMode#defaultFor} the expanded files. */
    public RunResult review(List<Path> inputs, Config config) {
        List<Path> files = expand(inputs, config);
        return reviewFiles(files, ReviewMode.defaultFor(files), config);
    }

    /**
     * Reviews files and folders; throws {@link InvalidInputException} when a file cannot be read.
     * SQL the parser cannot read is reported by the {@code sql-syntax-error} rule, not thrown.
     */
    public RunResult review(List<Path> inputs, ReviewMode mode, Config config) {
        return reviewFiles(expand(inputs, config), mode, config);
    }

    /** The files and folders as the SQL files they stand for, in review order. */
    public static List<Path> expand(List<Path> inputs, Config config) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try {
                    MigrationFiles.collect(input).stream()
                            .filter(p -> !config.isIgnored(p))
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new InvalidInputException(
                            Location.ofFile(display(input)), "cannot list folder: " + e.getMessage(), e);
                }
            } else {
                out.add(input);
            }
        }
        return out;
    }

    /** Parses and replays the files in order, ready for the rules, table sizes unknown. */
    public List<SqlFile> prepare(List<Path> files, ReviewMode mode) {
        return prepare(files, mode, TableSizes.UNKNOWN);
    }

    /** Parses and replays the files in order, ready for the rules, knowing which tables are large. */
    public List<SqlFile> prepare(List<Path> files, ReviewMode mode, TableSizes sizes) {
        return prepareSources(files.stream().map(this::source).toList(), mode, sizes);
    }

    /** One SQL input: how findings name it, and its text, read when its turn comes. */
    private record Source(String name, Path version, Supplier<String> text) {}

    private Source source(Path file) {
        String name = display(file);
        return new Source(name, file, () -> read(file, name));
    }

    private Source source(SourceText text) {
        return new Source(text.name(), Path.of(text.name()), () -> checked(text));
    }

    private List<SqlFile> prepareSources(List<Source> sources, ReviewMode mode, TableSizes sizes) {
        List<String> names = new ArrayList<>();
        List<ParsedScript> parsed = new ArrayList<>();
        List<List<Schema>> schemas = new ArrayList<>();
        Schema current = Schema.EMPTY;
        List<ParsedScript> scripts = parseAll(sources);
        for (int i = 0; i < sources.size(); i++) {
            // a history of hundreds of files replays file by file: a cancelled review stops between them
            CancelledException.throwIfInterrupted();
            String name = sources.get(i).name();
            ParsedScript script = scripts.get(i);
            List<Schema> replayed = SqlFile.replay(current, name, script.statements());
            current = replayed.get(replayed.size() - 1);
            names.add(name);
            parsed.add(script);
            schemas.add(replayed);
        }
        List<SqlFile> out = new ArrayList<>();
        Map<Object, Object> sharedFacts = new ConcurrentHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(new SqlFile(names.get(i), parsed.get(i), schemas.get(i), current, mode, sizes, sharedFacts));
        }
        SqlFile.formReviewSet(out);
        return out;
    }

    /**
     * Reads and parses every file of a set, on as many threads as there are cores: files parse
     * independently, and parsing is most of a set's work before the rules, so a migration history
     * of hundreds of files would otherwise keep one core busy and the other idle. Replaying them
     * into the schema stays in order. What the first unreadable file (in order) threw is thrown.
     */
    private static List<ParsedScript> parseAll(List<Source> sources) {
        List<Callable<ParsedScript>> tasks = sources.stream()
                .<Callable<ParsedScript>>map(
                        source -> () -> SqlParser.read(source.text().get()))
                .toList();
        return InOrder.run(tasks, "archforge-parse");
    }

    /** Reviews files already {@linkplain #expand expanded}, in this order, as online migrations. */
    public RunResult reviewFiles(List<Path> files, ReviewMode mode, Config config) {
        return reviewFiles(files, mode, Migrations.ONLINE, config);
    }

    /**
     * Reviews files already {@linkplain #expand expanded}, in this order; {@code migrations} says
     * whether they upgrade a database that keeps serving. Migrations whose version sorts before the
     * configuration's {@code live-since} ran before the database held data: only the design and
     * syntax rules review them. The configuration's {@code large-tables} tells the lock rules which
     * tables are large ({@link TableSizes}). Opt-in rules ({@link SqlRules#OPT_IN}) run when the configuration
     * names them or in the strict profile.
     */
    public RunResult reviewFiles(List<Path> files, ReviewMode mode, Migrations migrations, Config config) {
        return review(files.stream().map(this::source).toList(), mode, migrations, config);
    }

    /**
     * Reviews SQL held in memory, in this order, as {@link #reviewFiles} reviews files; each text's
     * name stands for its path (a migration's version is read from it).
     */
    public RunResult reviewTexts(List<SourceText> texts, ReviewMode mode, Migrations migrations, Config config) {
        return review(texts.stream().map(this::source).toList(), mode, migrations, config);
    }

    private RunResult review(List<Source> sources, ReviewMode mode, Migrations migrations, Config config) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Map<String, Long> nanos = new HashMap<>();
        List<SqlFile> prepared = prepareSources(sources, mode, TableSizes.of(config.largeTables()));
        // migrations before live-since ran on a database that held no data yet: no migration-safety rules
        List<SqlFile> preLive = new ArrayList<>();
        List<SqlFile> live = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Path file = sources.get(i).version();
            boolean before = mode == ReviewMode.MIGRATION
                    && config.liveSince()
                            .map(v -> MigrationFiles.versionBefore(file, v))
                            .orElse(false);
            (before ? preLive : live).add(prepared.get(i));
        }
        List<RunResult> results = new ArrayList<>();
        if (!preLive.isEmpty()) {
            List<RegisteredRule<SqlFile>> design = rules(mode, Migrations.OFFLINE, config).stream()
                    .filter(r -> r.descriptor().category() != Category.MIGRATION_SAFETY)
                    .toList();
            results.addAll(RuleRunner.runEach(preLive, SqlFile::name, design, config));
        }
        results.addAll(RuleRunner.runEach(live, SqlFile::name, rules(mode, migrations, config), config));
        for (RunResult r : results) {
            findings.addAll(r.findings());
            failures.addAll(r.failures());
            r.nanos().forEach((rule, n) -> nanos.merge(rule, n, Long::sum));
        }
        findings.sort(null);
        return new RunResult(findings, failures, nanos);
    }

    /** The rules of {@code mode} and {@code migrations} that the configuration runs (see {@link Config#runs}). */
    private static List<RegisteredRule<SqlFile>> rules(ReviewMode mode, Migrations migrations, Config config) {
        return SqlRules.registered(mode, migrations).stream()
                .filter(r -> config.runs(r.descriptor()))
                .toList();
    }

    private String read(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new InvalidInputException(
                        Location.ofFile(name),
                        "file has " + size + " bytes, more than the limit of " + limits.maxBytes());
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = isAscii(bytes) ? new String(bytes, StandardCharsets.US_ASCII) : decodeUtf8(bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Location.ofFile(name), "file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidInputException(Location.ofFile(name), "cannot read file: " + e.getMessage(), e);
        }
    }

    private String checked(SourceText text) {
        if (text.text().length() > limits.maxBytes()) {
            throw new InvalidInputException(
                    Location.ofFile(text.name()),
                    "text has " + text.text().length() + " characters, more than the limit of " + limits.maxBytes());
        }
        return text.text().startsWith("\uFEFF") ? text.text().substring(1) : text.text();
    }

    /** Most SQL files are ASCII: then one copy into a compact string, no decoder buffers. */
    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
