package dev.archforge.design.requirements;

import dev.archforge.source.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code brief}, which {@code archforge init} writes: the user's text, the facts read from it
 * ({@code key}, {@code value}, {@code source}) and the risks it noted. Absent in hand-written files.
 */
final class BriefReader {
    private BriefReader() {}

    static Brief read(Section top) {
        Optional<Section> section = Section.optional(top, RequirementKey.BRIEF);
        if (section.isEmpty()) {
            return Brief.NONE;
        }
        Section s = section.get();
        String text = s.text(RequirementKey.BRIEF_TEXT).map(Text::value).orElse("");
        List<Brief.Fact> facts = new ArrayList<>();
        Optional<Node> list = s.get(RequirementKey.BRIEF_FACTS);
        if (list.isPresent()) {
            for (Node item : Section.list(list.get(), "'facts' in brief", s.problems())
                    .map(a -> a.items())
                    .orElse(List.of())) {
                Section.of(item, "a fact of the brief", RequirementKey.BRIEF_FACTS, s.problems())
                        .ifPresent(f -> facts.add(new Brief.Fact(
                                f.requiredText(RequirementKey.FACT_KEY, "the requirement key it set, or 'none'")
                                        .map(Text::value)
                                        .orElse(Brief.Fact.NO_KEY),
                                f.requiredText(RequirementKey.FACT_VALUE, "the value as written in the file")
                                        .map(Text::value)
                                        .orElse(""),
                                f.requiredText(RequirementKey.FACT_SOURCE, "the brief's words")
                                        .map(Text::value)
                                        .orElse(""))));
            }
        }
        List<String> risks = new ArrayList<>();
        s.texts(RequirementKey.BRIEF_RISKS).orElse(List.of()).forEach(t -> risks.add(t.value()));
        return new Brief(text, facts, risks);
    }
}
