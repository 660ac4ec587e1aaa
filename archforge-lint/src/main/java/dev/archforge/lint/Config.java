package dev.archforge.lint;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import dev.archforge.model.RuleDescriptor;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a review, from {@code .archforge.yaml}: per-rule settings, files to ignore
 * (globs relative to the configuration's folder), the level that fails the run
 * ({@code error}, {@code warning}, {@code info} or {@code never}), the profile ({@code default} runs
 * the rules that hold on real APIs, {@code strict} adds the hardening checklist, rules tagged
 * {@value #STRICT}), how the project applies its SQL migrations ({@code online} or {@code offline})
 * and which of its tables are large.
 *
 * @param ruleLocations where each rule was configured, to point at an unknown id
 * @param optionLocations where each rule option was written, by {@code rule-id/option}
 * @param migrations {@code online} or {@code offline} when configured
 * @param liveSince the first migration version applied to a database that held data: earlier
 *     migrations ran before launch and are reviewed as offline
 * @param largeTables the tables the project says are large ({@code large-tables:}), as written,
 *     optionally schema-qualified: a lock held while every row is scanned stalls the service on
 *     these, and takes moments on the others; empty when the project does not say, so any live
 *     table may be large
 * @param refRoot the folder an API description's {@code $ref}s may reach ({@code ref-root:},
 *     absolute, resolved against the configuration's folder); empty when only the document's own
 *     folder may be read
 */
public record Config(
        Optional<Path> file,
        Path baseDir,
        Map<String, RuleSettings> rules,
        Map<String, Location> ruleLocations,
        List<String> ignore,
        Optional<String> failOn,
        Map<String, Location> optionLocations,
        boolean strict,
        Optional<String> migrations,
        Optional<String> liveSince,
        Optional<List<String>> largeTables,
        Optional<Path> refRoot) {
    /** The tag of rules that run only in the strict profile or when configured by id. */
    public static final String STRICT = "strict";
    /** The tag of rules off by default that the strict profile or naming them turns on (SQL checklist items). */
    public static final String OPT_IN = "opt-in";

    public static Config empty(Path baseDir) {
        return new Config(Optional.empty(), baseDir, Map.of(), Map.of(), List.of(), Optional.empty());
    }

    /** Settings in the default profile, option locations unknown, no migrations setting. */
    public Config(
            Optional<Path> file,
            Path baseDir,
            Map<String, RuleSettings> rules,
            Map<String, Location> ruleLocations,
            List<String> ignore,
            Optional<String> failOn) {
        this(file, baseDir, rules, ruleLocations, ignore, failOn, false);
    }

    /** Settings in the given profile, option locations unknown, no migrations setting. */
    public Config(
            Optional<Path> file,
            Path baseDir,
            Map<String, RuleSettings> rules,
            Map<String, Location> ruleLocations,
            List<String> ignore,
            Optional<String> failOn,
            boolean strict) {
        this(
                file,
                baseDir,
                rules,
                ruleLocations,
                ignore,
                failOn,
                Map.of(),
                strict,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public Config {
        rules = Map.copyOf(rules);
        ruleLocations = Map.copyOf(ruleLocations);
        ignore = List.copyOf(ignore);
        optionLocations = Map.copyOf(optionLocations);
        largeTables = largeTables.map(List::copyOf);
    }

    /** The same settings, knowing where each option ({@code rule-id/option}) was written. */
    public Config withOptionLocations(Map<String, Location> locations) {
        return new Config(
                file,
                baseDir,
                rules,
                ruleLocations,
                ignore,
                failOn,
                locations,
                strict,
                migrations,
                liveSince,
                largeTables,
                refRoot);
    }

    /** The same settings in the strict profile. */
    public Config withStrict() {
        return new Config(
                file,
                baseDir,
                rules,
                ruleLocations,
                ignore,
                failOn,
                optionLocations,
                true,
                migrations,
                liveSince,
                largeTables,
                refRoot);
    }

    /** The same settings with {@code migrations} set to {@code online} or {@code offline}. */
    public Config withMigrations(String value) {
        return new Config(
                file,
                baseDir,
                rules,
                ruleLocations,
                ignore,
                failOn,
                optionLocations,
                strict,
                Optional.of(value),
                liveSince,
                largeTables,
                refRoot);
    }

    /** The same settings with {@code live-since} set to a migration version. */
    public Config withLiveSince(String version) {
        return new Config(
                file,
                baseDir,
                rules,
                ruleLocations,
                ignore,
                failOn,
                optionLocations,
                strict,
                migrations,
                Optional.of(version),
                largeTables,
                refRoot);
    }

    /** The same settings with {@code large-tables} set: these tables are large, the others small. */
    public Config withLargeTables(List<String> tables) {
        return new Config(
                file,
                baseDir,
                rules,
                ruleLocations,
                ignore,
                failOn,
                optionLocations,
                strict,
                migrations,
                liveSince,
                Optional.of(tables),
                refRoot);
    }

    /** The same settings with {@code ref-root} set: {@code $ref}s may reach anything under {@code folder}. */
    public Config withRefRoot(Path folder) {
        return new Config(
                file,
                baseDir,
                rules,
                ruleLocations,
                ignore,
                failOn,
                optionLocations,
                strict,
                migrations,
                liveSince,
                largeTables,
                Optional.of(folder.toAbsolutePath().normalize()));
    }

    public RuleSettings settings(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }

    /**
     * True when the rule runs: as configured when the configuration names it; else a rule tagged
     * {@value #STRICT} or {@value #OPT_IN} only in the strict profile, and every other rule always.
     */
    public boolean runs(RuleDescriptor rule) {
        RuleSettings s = rules.get(rule.id());
        if (s != null) {
            return s.enabled();
        }
        return strict || !(rule.tags().contains(STRICT) || rule.tags().contains(OPT_IN));
    }

    /** Fails on a configured rule id that no rule has, pointing at where it was written. */
    public void checkRuleIds(Collection<String> known) {
        for (Map.Entry<String, Location> e : ruleLocations.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new InvalidInputException(
                        e.getValue(), "unknown rule '" + e.getKey() + "' (archforge rules lists them)");
            }
        }
    }

    /** True when {@code path} matches one of the ignore globs. */
    public boolean isIgnored(Path path) {
        if (ignore.isEmpty()) {
            return false;
        }
        Path abs = path.toAbsolutePath().normalize();
        Path rel = abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
        for (String glob : ignore) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(rel) || m.matches(abs)) {
                return true;
            }
        }
        return false;
    }
}
