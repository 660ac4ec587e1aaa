package dev.archforge.engine.review;

import dev.archforge.model.RuleDescriptor;
import dev.archforge.openapi.catalog.OpenApiRules;
import dev.archforge.sql.catalog.SqlRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every rule Archforge has, across review kinds, ordered by id, with its documentation page
 * (docs/rules, packed into the build). Immutable: built once, shared by every request.
 */
public final class RuleCatalog {
    private static final RuleCatalog STANDARD = new RuleCatalog(build());

    private final List<RuleDescriptor> all;

    private RuleCatalog(List<RuleDescriptor> all) {
        this.all = all;
    }

    public static RuleCatalog standard() {
        return STANDARD;
    }

    public List<RuleDescriptor> all() {
        return all;
    }

    public Optional<RuleDescriptor> find(String id) {
        return all.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The id nearest to a mistyped one, when it is near enough to be what the user meant. */
    public Optional<String> closest(String id) {
        return all.stream()
                .map(RuleDescriptor::id)
                .min(Comparator.comparingInt(candidate -> EditDistance.between(candidate, id)))
                .filter(best -> EditDistance.between(best, id) <= Math.max(3, id.length() / 3));
    }

    /** The rule's documentation page in Markdown: why it matters, bad and good examples, the fix. */
    public String page(RuleDescriptor rule) {
        try (InputStream in = RuleCatalog.class.getResourceAsStream("/archforge/rules/" + rule.id() + ".md")) {
            if (in == null) {
                throw new IllegalStateException("rule " + rule.id() + " has no documentation page in the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleDescriptor> build() {
        List<RuleDescriptor> all = new ArrayList<>(OpenApiRules.descriptors());
        all.addAll(SqlRules.descriptors());
        all.sort(Comparator.comparing(RuleDescriptor::id));
        return List.copyOf(all);
    }
}
