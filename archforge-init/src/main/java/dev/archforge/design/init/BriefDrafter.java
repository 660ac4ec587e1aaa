package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.Capability;
import dev.archforge.design.init.knowledge.Domain;
import dev.archforge.design.init.knowledge.KnowledgeBase;
import dev.archforge.design.init.knowledge.Match;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.init.knowledge.Profile;
import dev.archforge.design.plan.Question;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a requirements file from a one-paragraph brief: the knowledge base supplies the domain's actors,
 * entities, access patterns and events and the capabilities' additions; the brief's own numbers and
 * constraints override the domain's typical values; answers override both. Pure and deterministic: the
 * same brief and answers give the same draft.
 */
public final class BriefDrafter {
    private final KnowledgeBase knowledge;

    public BriefDrafter() {
        this(KnowledgeBase.builtIn());
    }

    public BriefDrafter(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The draft of {@code brief} with nothing answered yet. */
    public Draft draft(String brief) {
        return draft(brief, Map.of());
    }

    /**
     * The draft of {@code brief} with {@code answers} (question key to answer text) applied.
     *
     * @throws IllegalArgumentException if the brief is blank, a key is not a question's, or an answer
     *     cannot be read (check answers with {@link #problem} first)
     */
    public Draft draft(String brief, Map<String, String> answers) {
        if (brief.isBlank()) {
            throw new IllegalArgumentException("the brief is empty: describe the system in a sentence or two");
        }
        BriefFacts.Reading reading = BriefFacts.read(brief);
        Match match = knowledge.match(brief);
        Domain domain = match.domainKeywords().isEmpty() ? BriefDomain.of(reading, match.domain()) : match.domain();
        List<Capability> found = new ArrayList<>(match.capabilities());
        Capability tenancy = knowledge.capability("multi-tenancy").orElseThrow();
        if (ApiCallers.tenants(reading) && !found.contains(tenancy)) {
            found.add(tenancy);
        }
        Map<Setting, Object> answered = new EnumMap<>(Setting.class);
        answers.forEach((key, text) -> answered.putAll(read(key, text)));
        List<Capability> capabilities = capabilities(found, answered);
        String mover = BriefDomain.mover(reading)
                .filter(m ->
                        domain.parts().actors().stream().anyMatch(a -> a.name().equals(m)))
                .orElse(domain.primaryActor());
        Binder.Bound bound =
                Binder.bind(reading, domain, ApiCallers.add(reading, Assembler.assemble(domain, capabilities, mover)));
        Map<Setting, Object> stated = new EnumMap<>(Setting.class);
        stated.putAll(bound.settings());
        if (has(domain, found, Feature.REALTIME)) {
            stated.put(Setting.REALTIME, true);
        }
        if (has(domain, found, Feature.MULTI_TENANCY)) {
            stated.put(Setting.MULTI_TENANCY, true);
        }
        Profile profile = domain.profile();
        for (Capability c : capabilities) {
            profile = c.adjust().apply(profile);
        }
        Map<Setting, Resolved> values = Defaults.resolve(profile, stated, answered);
        Counts counts = Counts.assume(bound.parts(), values);
        Parts parts = counts.parts();
        List<Ask> open = QuestionCatalog.open(domain.audience(), values);
        List<Question> questions = new java.util.ArrayList<>(
                open.stream().map(a -> a.question(domain.audience(), values)).toList());
        if (parts.entities().stream().noneMatch(e -> !e.account())) {
            questions.add(0, QuestionCatalog.entities());
        }
        List<Setting> assumedFeatures =
                open.stream().map(Ask::setting).filter(Setting::isFeature).toList();
        List<Fact> facts = Facts.of(bound, values);
        Map<String, Object> document = DraftTree.build(
                Header.text(brief, match, capabilities, parts.risks()),
                SystemText.name(brief).orElse(domain.systemName()),
                SystemText.purpose(brief),
                parts,
                values,
                assumedFeatures,
                counts.assumed(),
                Facts.section(brief, facts, parts.risks()));
        List<String> assumptions = document.get(RequirementKey.ASSUMPTIONS.key()) instanceof List<?> keys
                ? keys.stream().map(String::valueOf).toList()
                : List.of();
        return new Draft(
                domain.id(),
                capabilities.stream().map(Capability::id).toList(),
                document,
                questions,
                assumptions,
                parts.risks(),
                facts,
                Facts.assumed(values, parts, counts.assumed()));
    }

    /** Why {@code answer} cannot answer the question {@code key}; empty when it can. */
    public static Optional<String> problem(String key, String answer) {
        Ask ask = QuestionCatalog.forKey(key)
                .orElseThrow(() -> new IllegalArgumentException("no question has the key '" + key + "'"));
        return ask.reader().read(answer) instanceof Parse.Rejected r ? Optional.of(r.reason()) : Optional.empty();
    }

    private static Map<Setting, Object> read(String key, String text) {
        Ask ask = QuestionCatalog.forKey(key)
                .orElseThrow(() -> new IllegalArgumentException("no question has the key '" + key + "'"));
        Parse parse = ask.reader().read(text);
        if (parse instanceof Parse.Accepted a) {
            return a.values();
        }
        throw new IllegalArgumentException(
                "answer '" + text + "' to " + key + ": " + ((Parse.Rejected) parse).reason());
    }

    private static boolean has(Domain domain, List<Capability> found, Feature feature) {
        return domain.parts().features().contains(feature)
                || found.stream().anyMatch(c -> c.parts().features().contains(feature));
    }

    /** The capabilities found, with realtime and multi-tenancy added or removed as answered. */
    private List<Capability> capabilities(List<Capability> found, Map<Setting, Object> answered) {
        List<Capability> out = new ArrayList<>(found);
        toggle(out, "realtime", answered.get(Setting.REALTIME));
        toggle(out, "multi-tenancy", answered.get(Setting.MULTI_TENANCY));
        return knowledge.capabilities().stream().filter(out::contains).toList();
    }

    private void toggle(List<Capability> capabilities, String id, @Nullable Object on) {
        Capability c = knowledge.capability(id).orElseThrow();
        if (Boolean.TRUE.equals(on) && !capabilities.contains(c)) {
            capabilities.add(c);
        } else if (Boolean.FALSE.equals(on)) {
            capabilities.remove(c);
        }
    }
}
