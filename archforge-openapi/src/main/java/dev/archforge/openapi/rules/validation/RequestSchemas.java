package dev.archforge.openapi.rules.validation;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.source.Node;
import java.util.List;
import java.util.Optional;

/** The object schemas clients send: in a request body, directly or through a component. */
final class RequestSchemas {
    private RequestSchemas() {}

    /**
     * Request schemas with their own {@code properties}, leaving out those involved in an
     * {@code allOf}/{@code anyOf}/{@code oneOf}, whose constraints are spread over several objects.
     */
    static List<SchemaSite> objects(ApiDocument api) {
        Compositions compositions = Compositions.of(api);
        return api.propertySchemas().stream()
                .filter(site -> site.role() == SchemaSite.Role.REQUEST
                        || (site.role() == SchemaSite.Role.COMPONENT
                                && api.usage(site.schema()).inRequest()))
                .filter(site -> site.schema()
                        .object("properties")
                        .filter(p -> p.size() > 0)
                        .isPresent())
                .filter(site -> !compositions.involves(site.schema()))
                .toList();
    }

    /** How to name a schema in a message: {@code Schema 'Pet'}, {@code Property 'address'} or {@code Inline schema}. */
    static String label(SchemaSite site) {
        if (site.property().isPresent()) {
            return "Property '" + site.property().get() + "'";
        }
        Optional<String> key = site.schema().key();
        boolean component = site.role() == SchemaSite.Role.COMPONENT
                && site.schema()
                        .parent()
                        .flatMap(Node::key)
                        .filter(k -> k.equals("schemas") || k.equals("definitions"))
                        .isPresent();
        return component && key.isPresent() ? "Schema '" + key.get() + "'" : "Inline schema";
    }
}
