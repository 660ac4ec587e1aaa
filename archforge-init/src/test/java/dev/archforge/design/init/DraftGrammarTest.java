package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every drafted file is YAML that snakeyaml-engine reads, and uses only the keys of the requirements
 * grammar as {@code examples/design/fitness.yaml} shows it, so the loader accepts it. The grammar's keys
 * fitness.yaml happens not to use are allowed by name in {@link #BEYOND_FITNESS}.
 */
class DraftGrammarTest {
    static final Path FITNESS = Path.of("../examples/design/fitness.yaml");
    /** Keys of the grammar that fitness.yaml does not use; names under wildcards are {@code *}. */
    static final Set<String> BEYOND_FITNESS = Set.of(
            "actors.*.external",
            "access-patterns[].read",
            "access-patterns[].update",
            "access-patterns[].search",
            "access-patterns[].delete",
            "assumptions",
            "assumptions[]",
            "system.audience",
            "actors.*.count",
            "entities.*.append-only",
            "entities.*.retention-months",
            "entities.*.natural-key",
            "entities.*.natural-key[]",
            "access-patterns[].payload-bytes",
            "scale.peak-rps",
            "scale.concurrent-connections",
            "scale.requests-per-day",
            "scale.tenants",
            "constraints.qualities",
            "constraints.qualities[]",
            "constraints.deadline-weeks",
            "brief",
            "brief.text",
            "brief.facts",
            "brief.facts[]",
            "brief.facts[].key",
            "brief.facts[].value",
            "brief.facts[].source",
            "brief.risks",
            "brief.risks[]");
    /** The maps whose keys are names the file chooses (actors, entities, fields), not grammar keys. */
    static final Set<String> NAMED = Set.of("actors", "entities", "entities.*.fields");

    static final String FIELD = "(boolean|bytes|date|decimal|email|integer|json|long|money|text|timestamp|url|uuid"
            + "|string(\\(\\d+\\))?|enum\\([a-z_]+(, [a-z_]+)+\\))( required)?( unique)?( sensitive)?";
    static final String RELATION = "belongs-to [A-Z][A-Za-z]*( optional)?( as [a-z_]+)?";

    /** Briefs for every domain, and one naming every capability. */
    static Stream<String> briefs() {
        return Stream.of(
                Briefs.FITNESS,
                Briefs.MARKETPLACE,
                Briefs.CHAT,
                Briefs.TELEMETRY,
                Briefs.SAAS,
                Briefs.INTERNAL,
                "Appointment booking for hair salons.",
                "A tool for gardeners.",
                "A multi-tenant booking system with payments, subscriptions, photo uploads, search, push"
                        + " notifications, realtime updates, analytics dashboards, an audit log, login and flash"
                        + " sales.");
    }

    @ParameterizedTest
    @MethodSource("briefs")
    void usesOnlyTheGrammarsKeys(String brief) throws IOException {
        Set<String> grammar = paths(read(Files.readString(FITNESS)));
        grammar.addAll(BEYOND_FITNESS);

        Set<String> drafted = paths(read(new BriefDrafter().draft(brief).yaml()));

        assertThat(grammar).containsAll(drafted);
        assertThat(drafted).contains("system.name", "entities.*.fields.*", "scale.daily-active-users");
    }

    @ParameterizedTest
    @MethodSource("briefs")
    void writesFieldsRelationsAndFrequenciesInShorthand(String brief) {
        Map<?, ?> root = (Map<?, ?>) read(new BriefDrafter().draft(brief).yaml());
        for (Object entity : ((Map<?, ?>) Objects.requireNonNull(root.get("entities"))).values()) {
            Map<?, ?> e = (Map<?, ?>) entity;
            for (Object shorthand : ((Map<?, ?>) Objects.requireNonNull(e.get("fields"))).values()) {
                assertThat((String) shorthand).matches(FIELD);
            }
            Object relations = e.containsKey("relations") ? e.get("relations") : List.of();
            for (Object relation : (List<?>) relations) {
                assertThat((String) relation).matches(RELATION);
            }
        }
        for (Object pattern : (List<?>) Objects.requireNonNull(root.get("access-patterns"))) {
            assertThat((String) ((Map<?, ?>) pattern).get("frequency"))
                    .matches(
                            "\\d+(\\.\\d+)? per (user per day|actor per (second|minute|hour|day)|second|minute|hour|day)"
                                    + "|1 per \\d+(\\.\\d+)? (seconds|minutes|hours|days) per actor");
        }
    }

    @ParameterizedTest
    @MethodSource("briefs")
    void marksExactlyTheAssumedKeys(String brief) {
        Draft draft = new BriefDrafter().draft(brief);
        String[] lines = draft.yaml().split("\n");
        List<String> marked = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(" ") && lines[i].endsWith(":")) {
                section = lines[i].substring(0, lines[i].length() - 1);
            }
            if (lines[i].equals("  # " + DraftTree.ASSUMED)) {
                marked.add(section + "." + lines[i + 1].strip().replaceFirst(":.*", ""));
            }
        }
        Map<?, ?> root = (Map<?, ?>) read(draft.yaml());

        assertThat(marked).isEqualTo(draft.assumptions()).isNotEmpty();
        assertThat(root.get("assumptions")).isEqualTo(draft.assumptions());
    }

    @Test
    void theSameBriefGivesTheSameText() {
        assertThat(new BriefDrafter().draft(Briefs.SAAS).yaml())
                .isEqualTo(new BriefDrafter().draft(Briefs.SAAS).yaml());
    }

    private static Object read(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    /** Every key path in {@code node}: {@code a.b}, {@code a[].b} in lists, {@code *} for chosen names. */
    private static Set<String> paths(Object node) {
        Set<String> out = new TreeSet<>();
        walk(node, "", out);
        return out;
    }

    private static void walk(Object node, String path, Set<String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = NAMED.contains(path) ? "*" : String.valueOf(e.getKey());
                String child = path.isEmpty() ? key : path + "." + key;
                out.add(child);
                walk(e.getValue(), child, out);
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                out.add(path + "[]");
                walk(item, path + "[]", out);
            }
        }
    }
}
