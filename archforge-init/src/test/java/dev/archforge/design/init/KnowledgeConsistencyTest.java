package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.Domain;
import dev.archforge.design.init.knowledge.EntitySpec;
import dev.archforge.design.init.knowledge.EventSpec;
import dev.archforge.design.init.knowledge.FieldSpec;
import dev.archforge.design.init.knowledge.KnowledgeBase;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.init.knowledge.PatternSpec;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Feature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every domain of the knowledge base, alone and with every capability, assembles into parts the loader
 * would accept: relations to known entities, owners that are user relations, patterns by known actors on
 * known columns, no placeholder left.
 */
class KnowledgeConsistencyTest {
    static Stream<Domain> domains() {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        return Stream.concat(kb.domains().stream(), Stream.of(kb.fallback()));
    }

    @ParameterizedTest
    @MethodSource("domains")
    void aDomainAloneIsConsistent(Domain domain) {
        assertThat(problems(Assembler.assemble(domain, List.of()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("domains")
    void aDomainWithEveryCapabilityIsConsistent(Domain domain) {
        Parts parts = Assembler.assemble(domain, KnowledgeBase.builtIn().capabilities());

        assertThat(problems(parts)).isEmpty();
        assertThat(parts.features()).containsExactlyElementsOf(EnumSet.allOf(Feature.class));
    }

    @ParameterizedTest
    @MethodSource("domains")
    void theProfileCoversTheDomainsOwnTraffic(Domain domain) {
        double perDay = domain.parts().patterns().stream()
                .filter(p -> p.rate().isEmpty())
                .mapToDouble(PatternSpec::perUserPerDay)
                .sum();

        assertThat(perDay).isPositive().isLessThanOrEqualTo(domain.profile().actionsPerUserPerDay());
    }

    /** What the requirements loader would report about {@code parts}, one line each. */
    static List<String> problems(Parts parts) {
        List<String> out = new ArrayList<>();
        List<String> actors = parts.actors().stream().map(ActorSpec::name).toList();
        if (parts.entities().stream().filter(EntitySpec::account).count() != 1) {
            out.add("not exactly one account entity");
        }
        for (EntitySpec e : parts.entities()) {
            List<String> relationNames = new ArrayList<>();
            for (String r : e.relations()) {
                String[] words = r.split(" ");
                if (entity(parts, words[1]).isEmpty()) {
                    out.add(e.name() + ": relation to unknown '" + words[1] + "'");
                }
                String name = r.contains(" as ") ? r.substring(r.indexOf(" as ") + 4) : Names.snake(words[1]);
                if (relationNames.contains(name)
                        || e.fields().stream().anyMatch(f -> f.name().equals(name))) {
                    out.add(e.name() + ": relation name '" + name + "' used twice");
                }
                relationNames.add(name);
            }
            e.owner().ifPresent(o -> {
                if (e.relations().stream().noneMatch(r -> r.startsWith("belongs-to User") && r.endsWith(" as " + o))) {
                    out.add(e.name() + ": owner '" + o + "' is not a relation to User");
                }
            });
            if (e.states().size() == 1) {
                out.add(e.name() + ": one state");
            }
            List<String> keyable = columns(e, false);
            e.naturalKey().stream()
                    .filter(k -> !keyable.contains(k))
                    .forEach(k -> out.add(e.name() + ": natural key '" + k + "' is no field or relation"));
        }
        for (PatternSpec p : parts.patterns()) {
            if (!actors.contains(p.actor())) {
                out.add(p.name() + ": unknown actor '" + p.actor() + "'");
            }
            Optional<EntitySpec> e = entity(parts, p.entity());
            if (e.isEmpty()) {
                out.add(p.name() + ": unknown entity '" + p.entity() + "'");
                continue;
            }
            List<String> columns = columns(e.get(), parts.features().contains(Feature.MULTI_TENANCY));
            p.filters().stream()
                    .filter(f -> !columns.contains(f))
                    .forEach(f -> out.add(p.name() + ": unknown filter '" + f + "'"));
            p.sort()
                    .map(s -> s.replace(" desc", ""))
                    .filter(s -> !columns.contains(s))
                    .ifPresent(s -> out.add(p.name() + ": unknown sort '" + s + "'"));
        }
        if (parts.patterns().stream().map(PatternSpec::name).distinct().count()
                != parts.patterns().size()) {
            out.add("pattern names repeat");
        }
        for (EventSpec ev : parts.events()) {
            if (entity(parts, ev.entity()).isEmpty()) {
                out.add(ev.name() + ": unknown entity '" + ev.entity() + "'");
            }
        }
        if (parts.toString().contains("@")) {
            out.add("a placeholder is left: " + parts);
        }
        return out;
    }

    private static List<String> columns(EntitySpec e, boolean tenant) {
        List<String> out = new ArrayList<>(List.of("id", "created_at", "updated_at"));
        e.fields().stream().map(FieldSpec::name).forEach(out::add);
        e.relations()
                .forEach(r -> out.add(
                        r.contains(" as ") ? r.substring(r.indexOf(" as ") + 4) : Names.snake(r.split(" ")[1])));
        if (!e.states().isEmpty()) {
            out.add("state");
        }
        if (tenant) {
            out.add("tenant");
        }
        return out;
    }

    private static Optional<EntitySpec> entity(Parts parts, String name) {
        return parts.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
