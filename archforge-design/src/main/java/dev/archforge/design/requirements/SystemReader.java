package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import dev.archforge.source.Node;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code system} (required: name and purpose) and {@code features} (default: none). */
final class SystemReader {
    private static final List<String> FEATURE_IDS = featureIds();

    private SystemReader() {}

    static SystemInfo system(Section top, Set<String> assumed) {
        Optional<Section> system = Section.optional(top, RequirementKey.SYSTEM);
        if (!top.has(RequirementKey.SYSTEM)) {
            top.missing(RequirementKey.SYSTEM, "an object with the system's 'name' and 'purpose'");
        }
        if (system.isEmpty()) {
            return new SystemInfo("invalid", "");
        }
        Section s = system.get();
        String name = s.requiredText(RequirementKey.SYSTEM_NAME, "the system's name in kebab-case, such as 'fit-track'")
                .filter(t -> {
                    if (Patterns.kebab(t.value())) {
                        return true;
                    }
                    s.report(
                            t.location(),
                            "system name '" + t.value()
                                    + "' is not kebab-case, expected lower-case words and digits joined by '-'");
                    return false;
                })
                .map(Text::value)
                .orElse("invalid");
        String purpose = s.requiredText(RequirementKey.SYSTEM_PURPOSE, "what the system is for, in a sentence")
                .map(Text::value)
                .orElse("");
        if (!s.has(RequirementKey.AUDIENCE)) {
            assumed.add(RequirementKey.AUDIENCE.path());
        }
        String audience =
                s.choice(RequirementKey.AUDIENCE, SystemInfo.AUDIENCES).orElse(SystemInfo.AUDIENCES.get(0));
        return new SystemInfo(name, purpose, audience);
    }

    static Set<Feature> features(Section top, Set<String> assumed) {
        Set<Feature> out = EnumSet.noneOf(Feature.class);
        if (!top.has(RequirementKey.FEATURES)) {
            assumed.add(RequirementKey.FEATURES.path());
            return out;
        }
        for (Text t : top.texts(RequirementKey.FEATURES).orElse(List.of())) {
            Optional<Feature> f = Feature.parse(t.value()).filter(p -> p.id().equals(t.value()));
            if (f.isEmpty()) {
                top.report(t.location(), "unknown feature '" + t.value() + "'" + Suggest.hint(t.value(), FEATURE_IDS));
            } else if (!out.add(f.get())) {
                top.report(t.location(), "feature '" + t.value() + "' is listed twice");
            }
        }
        return out;
    }

    /** Where {@code feature} is listed, or the features key when it cannot be found. */
    static Location featureLocation(Section top, Feature feature) {
        return top.get(RequirementKey.FEATURES)
                .flatMap(n -> n.asArray())
                .flatMap(a -> a.items().stream()
                        .filter(i -> i.asScalar()
                                .map(s -> s.text().equals(feature.id()))
                                .orElse(false))
                        .findFirst())
                .map(Node::location)
                .orElse(top.where());
    }

    private static List<String> featureIds() {
        List<String> ids = new ArrayList<>();
        for (Feature f : Feature.values()) {
            ids.add(f.id());
        }
        return List.copyOf(ids);
    }
}
