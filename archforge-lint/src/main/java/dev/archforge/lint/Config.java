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
        return builder(baseDir).build();
    }

    public Config {
        rules = Map.copyOf(rules);
        ruleLocations = Map.copyOf(ruleLocations);
        ignore = List.copyOf(ignore);
        optionLocations = Map.copyOf(optionLocations);
        largeTables = largeTables.map(List::copyOf);
    }

    /** A configuration with every setting at its default, for a project in {@code baseDir}. */
    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** A builder holding these settings, to change one or two. */
    public Builder toBuilder() {
        Builder b = new Builder(baseDir);
        b.file = file;
        b.rules = rules;
        b.ruleLocations = ruleLocations;
        b.ignore = ignore;
        b.failOn = failOn;
        b.optionLocations = optionLocations;
        b.strict = strict;
        b.migrations = migrations;
        b.liveSince = liveSince;
        b.largeTables = largeTables;
        b.refRoot = refRoot;
        return b;
    }

    /**
     * Builds a configuration one setting at a time; what is not set keeps its default. One place to
     * add a setting, instead of a copy method per setting that repeats every component.
     */
    public static final class Builder {
        private final Path baseDir;
        private Optional<Path> file = Optional.empty();
        private Map<String, RuleSettings> rules = Map.of();
        private Map<String, Location> ruleLocations = Map.of();
        private List<String> ignore = List.of();
        private Optional<String> failOn = Optional.empty();
        private Map<String, Location> optionLocations = Map.of();
        private boolean strict;
        private Optional<String> migrations = Optional.empty();
        private Optional<String> liveSince = Optional.empty();
        private Optional<List<String>> largeTables = Optional.empty();
        private Optional<Path> refRoot = Optional.empty();

        private Builder(Path baseDir) {
            this.baseDir = baseDir;
        }

        /** The configuration file the settings were read from. */
        public Builder file(Path value) {
            this.file = Optional.of(value);
            return this;
        }

        /** Each rule's settings by id, and where each id was written. */
        public Builder rules(Map<String, RuleSettings> value, Map<String, Location> locations) {
            this.rules = value;
            this.ruleLocations = locations;
            return this;
        }

        public Builder rules(Map<String, RuleSettings> value) {
            return rules(value, Map.of());
        }

        public Builder ignore(List<String> globs) {
            this.ignore = globs;
            return this;
        }

        public Builder failOn(Optional<String> value) {
            this.failOn = value;
            return this;
        }

        /** Where each option ({@code rule-id/option}) was written. */
        public Builder optionLocations(Map<String, Location> value) {
            this.optionLocations = value;
            return this;
        }

        /** The strict profile: every rule, everything it reports. */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /** {@code online} or {@code offline}. */
        public Builder migrations(Optional<String> value) {
            this.migrations = value;
            return this;
        }

        /** The first migration version applied to a database that held data. */
        public Builder liveSince(Optional<String> value) {
            this.liveSince = value;
            return this;
        }

        /** These tables are large, the others small. */
        public Builder largeTables(Optional<List<String>> value) {
            this.largeTables = value;
            return this;
        }

        /** {@code $ref}s may reach anything under this folder. */
        public Builder refRoot(Optional<Path> folder) {
            this.refRoot = folder.map(f -> f.toAbsolutePath().normalize());
            return this;
        }

        public Config build() {
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
                    refRoot);
        }
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
