package dev.archforge.lint;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.RuleOption;
import dev.archforge.model.Severity;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Document;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds and reads {@code .archforge.yaml}, reporting every mistake with its position. */
public final class ConfigLoader {
    public static final List<String> FILE_NAMES = List.of(".archforge.yaml", ".archforge.yml");
    private static final Set<String> TOP_KEYS =
            Set.of("rules", "ignore", "fail-on", "profile", "migrations", "live-since", "large-tables", "ref-root");

    /** A table name, optionally schema-qualified, each part plain or in double quotes. */
    private static final Pattern TABLE_NAME = Pattern.compile(
            "(?:[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\")(?:\\.(?:[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\"))?");

    private ConfigLoader() {}

    /**
     * True when {@code name} is a table name as {@code large-tables:} takes it ({@code orders},
     * {@code audit.events}, {@code "Order"}), so a face that takes the list another way checks it alike.
     */
    public static boolean isTableName(String name) {
        return TABLE_NAME.matcher(name).matches();
    }

    /** The nearest configuration file in {@code start} or a folder above it. */
    public static Optional<Path> findUpward(Path start) {
        return findUpward(start, Optional.empty());
    }

    /**
     * The nearest configuration file in {@code start} or a folder above it, up to {@code top}
     * (inclusive) when given: a server must not read a file above the folders its client shared.
     */
    public static Optional<Path> findUpward(Path start, Optional<Path> top) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        Optional<Path> limit = top.map(t -> t.toAbsolutePath().normalize());
        for (; dir != null; dir = dir.getParent()) {
            if (limit.isPresent() && !dir.startsWith(limit.get())) {
                break;
            }
            for (String name : FILE_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public static Config load(Path file) {
        return load(file, List.of());
    }

    /**
     * Reads the configuration and checks it against the rules there are: every mistake (an unknown
     * key, rule or option, a bad level, an option value that is not a whole number of at least 0
     * where the option takes one) is collected, and all are thrown together, each located.
     */
    public static Config load(Path file, List<RuleDescriptor> known) {
        List<InvalidInputException> problems = new ArrayList<>();
        Config config = read(file, problems);
        if (!known.isEmpty()) {
            check(config, known, problems);
        }
        if (!problems.isEmpty()) {
            throw all(problems);
        }
        return config;
    }

    /** One exception for several problems: the first as its own, the others as lines after it. */
    private static InvalidInputException all(List<InvalidInputException> problems) {
        List<InvalidInputException> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> a.location().compareTo(b.location()));
        InvalidInputException first = sorted.get(0);
        StringBuilder message = new StringBuilder(first.getMessage());
        for (InvalidInputException p : sorted.subList(1, sorted.size())) {
            message.append('\n').append(p.describe());
        }
        return new InvalidInputException(first.location(), message.toString(), first);
    }

    private static void check(Config config, List<RuleDescriptor> known, List<InvalidInputException> problems) {
        Map<String, RuleDescriptor> byId = new HashMap<>();
        known.forEach(r -> byId.put(r.id(), r));
        for (Map.Entry<String, Location> e : config.ruleLocations().entrySet()) {
            RuleDescriptor rule = byId.get(e.getKey());
            if (rule == null) {
                problems.add(new InvalidInputException(
                        e.getValue(), "unknown rule '" + e.getKey() + "' (archforge rules lists them)"));
                continue;
            }
            RuleSettings settings = config.settings(e.getKey());
            for (Map.Entry<String, String> o : settings.options().entrySet()) {
                Location at = config.optionLocations().getOrDefault(e.getKey() + "/" + o.getKey(), e.getValue());
                Optional<RuleOption> option = rule.option(o.getKey());
                if (option.isEmpty()) {
                    problems.add(new InvalidInputException(
                            at,
                            "rule " + rule.id() + " has no option '" + o.getKey() + "'; it has "
                                    + rule.options().stream()
                                            .map(RuleOption::name)
                                            .toList()));
                } else if (isWholeNumber(option.get().defaultValue())
                        && !isWholeNumber(o.getValue().trim())) {
                    problems.add(new InvalidInputException(
                            at,
                            "option " + o.getKey() + " of rule " + rule.id()
                                    + " must be a whole number of at least 0, got '" + o.getValue() + "'"));
                }
            }
        }
    }

    private static boolean isWholeNumber(String text) {
        return text.matches("[0-9]{1,9}");
    }

    private static Config read(Path file, List<InvalidInputException> problems) {
        Document doc;
        try {
            doc = new DocumentReader(Limits.DEFAULT).read(file, file.toString());
        } catch (InvalidInputException e) {
            problems.add(e);
            return Config.empty(Folders.of(file));
        }
        Path baseDir = Folders.of(file);
        Optional<ObjectNode> maybeRoot = doc.root().asObject();
        if (maybeRoot.isEmpty()) {
            problems.add(
                    new InvalidInputException(
                            doc.root().location(),
                            "expected a mapping with rules, ignore, fail-on, profile, migrations, live-since, large-tables, ref-root"));
            return Config.empty(baseDir);
        }
        ObjectNode root = maybeRoot.get();
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        Map<String, Location> ruleLocations = new LinkedHashMap<>();
        Map<String, Location> optionLocations = new LinkedHashMap<>();
        List<String> ignore = new ArrayList<>();
        Optional<String> failOn = Optional.empty();
        boolean strict = false;
        Optional<String> migrations = Optional.empty();
        Optional<String> liveSince = Optional.empty();
        Optional<List<String>> largeTables = Optional.empty();
        Optional<Path> refRoot = Optional.empty();
        for (Map.Entry<String, Node> e : root.members().entrySet()) {
            Node value = e.getValue();
            try {
                switch (e.getKey()) {
                    case "rules" -> readRules(value, rules, ruleLocations, optionLocations, problems);
                    case "ignore" -> ignore.addAll(strings(value, "a list of file globs"));
                    case "fail-on" -> failOn = failOn(value);
                    case "profile" -> strict = strict(value);
                    case "migrations" -> migrations = migrations(value);
                    case "live-since" ->
                        liveSince = Optional.of(scalar(value, "a migration version such as 2014-11-11"));
                    case "large-tables" -> largeTables = Optional.of(tableNames(value));
                    case "ref-root" -> refRoot = Optional.of(refRoot(value, baseDir));
                    default ->
                        throw new InvalidInputException(
                                value.keyLocation(),
                                "unknown key '" + e.getKey() + "', expected one of "
                                        + TOP_KEYS.stream().sorted().toList());
                }
            } catch (InvalidInputException problem) {
                problems.add(problem);
            }
        }
        return Config.builder(baseDir)
                .file(file)
                .rules(rules, ruleLocations)
                .ignore(ignore)
                .failOn(failOn)
                .optionLocations(optionLocations)
                .strict(strict)
                .migrations(migrations)
                .liveSince(liveSince)
                .largeTables(largeTables)
                .refRoot(refRoot)
                .build();
    }

    /**
     * {@code ref-root: ..}: the folder, relative to the configuration's own, that {@code $ref}s of
     * the API descriptions under it may reach; it must exist.
     */
    private static Path refRoot(Node value, Path baseDir) {
        String text = scalar(value, "a folder such as .. (relative to this file)");
        Path folder = baseDir.resolve(text).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(
                    value.location(), "ref-root '" + text + "' is not a folder (" + folder + ")");
        }
        return folder;
    }

    /**
     * {@code large-tables: [orders, audit.events]}: table names as SQL writes them, optionally
     * schema-qualified, an identifier in double quotes where it has capitals or other characters.
     */
    private static List<String> tableNames(Node value) {
        String expected = "a list of table names such as [orders, audit.events]";
        ArrayNode list =
                value.asArray().orElseThrow(() -> new InvalidInputException(value.location(), "expected " + expected));
        List<String> out = new ArrayList<>();
        for (Node item : list.items()) {
            String name = scalar(item, "a table name");
            if (!isTableName(name)) {
                throw new InvalidInputException(
                        item.location(), "expected a table name such as orders or audit.events, found '" + name + "'");
            }
            out.add(name);
        }
        return out;
    }

    private static Optional<String> migrations(Node value) {
        String text = scalar(value, "online or offline");
        if (!"online".equals(text) && !"offline".equals(text)) {
            throw new InvalidInputException(value.location(), "expected online or offline, found '" + text + "'");
        }
        return Optional.of(text);
    }

    /** {@code profile: default} or {@code profile: strict} (the hardening checklist on top). */
    private static boolean strict(Node value) {
        String text = scalar(value, "default or strict");
        if (!text.equals("default") && !text.equals(Config.STRICT)) {
            throw new InvalidInputException(value.location(), "expected default or strict, found '" + text + "'");
        }
        return text.equals(Config.STRICT);
    }

    private static Optional<String> failOn(Node value) {
        String text = scalar(value, "error, warning, info or never");
        if (!"never".equals(text) && Severity.parse(text).isEmpty()) {
            throw new InvalidInputException(
                    value.location(), "expected error, warning, info or never, found '" + text + "'");
        }
        return Optional.of(text);
    }

    private static void readRules(
            Node value,
            Map<String, RuleSettings> rules,
            Map<String, Location> locations,
            Map<String, Location> optionLocations,
            List<InvalidInputException> problems) {
        ObjectNode map = value.asObject()
                .orElseThrow(() ->
                        new InvalidInputException(value.location(), "expected a mapping of rule ids to settings"));
        for (Map.Entry<String, Node> r : map.members().entrySet()) {
            locations.put(r.getKey(), r.getValue().keyLocation());
            try {
                rules.put(r.getKey(), ruleSettings(r.getValue()));
            } catch (InvalidInputException problem) {
                problems.add(problem);
            }
            r.getValue().asObject().ifPresent(o -> o.members()
                    .forEach((name, v) -> optionLocations.put(r.getKey() + "/" + name, v.location())));
        }
    }

    private static RuleSettings ruleSettings(Node value) {
        if (value instanceof ScalarNode) {
            return level(value, scalar(value, "off, error, warning or info"));
        }
        ObjectNode map = value.asObject()
                .orElseThrow(() ->
                        new InvalidInputException(value.location(), "expected off, error, warning, info or a mapping"));
        RuleSettings base = RuleSettings.DEFAULT;
        Map<String, String> options = new LinkedHashMap<>();
        for (Map.Entry<String, Node> o : map.members().entrySet()) {
            Node v = o.getValue();
            if ("severity".equals(o.getKey())) {
                base = level(v, scalar(v, "off, error, warning or info"));
            } else if (v instanceof ArrayNode list) {
                options.put(o.getKey(), String.join(",", strings(list, "a list of strings")));
            } else {
                options.put(o.getKey(), scalar(v, "an option value"));
            }
        }
        return new RuleSettings(base.enabled(), base.severity(), options);
    }

    private static RuleSettings level(Node at, String text) {
        if ("off".equals(text) || "false".equals(text)) {
            return new RuleSettings(false, Optional.empty(), Map.of());
        }
        Severity s = Severity.parse(text)
                .orElseThrow(() -> new InvalidInputException(
                        at.location(), "expected off, error, warning or info, found '" + text + "'"));
        return new RuleSettings(true, Optional.of(s), Map.of());
    }

    private static String scalar(Node value, String expected) {
        if (value instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL) {
            return s.text();
        }
        throw new InvalidInputException(value.location(), "expected " + expected + ", found " + value.typeName());
    }

    private static List<String> strings(Node value, String expected) {
        ArrayNode list =
                value.asArray().orElseThrow(() -> new InvalidInputException(value.location(), "expected " + expected));
        List<String> out = new ArrayList<>();
        for (Node item : list.items()) {
            out.add(scalar(item, expected));
        }
        return out;
    }
}
