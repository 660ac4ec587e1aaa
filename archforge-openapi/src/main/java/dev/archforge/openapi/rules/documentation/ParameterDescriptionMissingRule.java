package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parameter's name rarely says its unit, format, default behaviour or allowed values. Names that
 * do say everything are left alone: a path parameter that is the id of the collection before it
 * ({@code /charges/{charge}}, {@code {user_id}}), the usual paging parameters, and headers with a
 * single allowed value. A description written in the parameter's schema counts. When most
 * parameters lack one, the document gets one finding listing them.
 */
@RuleInfo(
        id = "api-parameter-description-missing",
        tags = {"strict"},
        title = "Parameter has no description",
        severity = Severity.INFO,
        category = Category.DOCUMENTATION,
        howToFix = "Describe what the parameter does, its unit or format, and what happens when it is omitted.")
public final class ParameterDescriptionMissingRule implements ApiRule {
    private static final Set<String> PAGING =
            Set.of("page", "perpage", "pagesize", "limit", "offset", "cursor", "after", "before", "pagetoken");
    private static final Set<String> ID_WORDS = Set.of("id", "gid", "sid", "uuid", "key", "name", "slug", "number");
    private static final int LISTED = 3;

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ObjectNode> all = new ArrayList<>();
        List<ObjectNode> missing = new ArrayList<>();
        for (Operation op : api.operations()) {
            for (ObjectNode param : api.parameters(op)) {
                boolean strict = context.options().strict();
                if (!seen.add(param) || (!strict && selfExplanatory(op, param))) {
                    continue;
                }
                all.add(param);
                if (!described(param) && (strict || !describedInSchema(api, param))) {
                    missing.add(param);
                }
            }
        }
        if (missing.size() > LISTED * 2 && missing.size() * 2 > all.size()) {
            List<String> names = missing.stream()
                    .map(p -> "'" + p.text("name").orElse("?") + "'")
                    .distinct()
                    .toList();
            context.reportAll(
                    api.root().get("paths").orElse(api.root()),
                    missing.size() + " of " + all.size() + " parameters have no description, such as "
                            + String.join(", ", names.subList(0, Math.min(LISTED, names.size()))),
                    missing);
            return;
        }
        for (ObjectNode param : missing) {
            context.report(
                    param,
                    "Parameter '" + param.text("name").orElse("?") + "' (in "
                            + param.text("in").orElse("?") + ") has no description");
        }
    }

    private static boolean described(ObjectNode param) {
        return param.text("description").filter(d -> !d.isBlank()).isPresent();
    }

    private static boolean describedInSchema(ApiDocument api, ObjectNode param) {
        return param.object("schema")
                .flatMap(api::object)
                .flatMap(s -> s.text("description"))
                .filter(d -> !d.isBlank())
                .isPresent();
    }

    /** A name that says all there is to say about the parameter. */
    static boolean selfExplanatory(Operation op, ObjectNode param) {
        String name = param.text("name").orElse("");
        String in = param.text("in").orElse("");
        String norm = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        if (in.equals("query") && PAGING.contains(norm)) {
            return true;
        }
        if (in.equals("header")
                && param.object("schema")
                        .flatMap(s -> s.array("enum"))
                        .filter(e -> e.size() == 1)
                        .isPresent()) {
            return true;
        }
        return in.equals("path") && identifiesCollection(op.path(), name);
    }

    /**
     * True for {@code {charge}} after {@code /charges}, {@code {user_id}} or {@code {userId}}
     * after {@code /users}, and any {@code {id}}-like name directly after a collection.
     */
    private static boolean identifiesCollection(String path, String name) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (!segments[i].equals("{" + name + "}") || segments[i - 1].startsWith("{")) {
                continue;
            }
            String collection =
                    segments[i - 1].toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
            String lower = name.toLowerCase(Locale.ROOT);
            String noun = lower.replaceAll("[_-]?(id|gid|sid|uuid|key|name|slug|number)$", "")
                    .replace("_", "")
                    .replace("-", "");
            if (ID_WORDS.contains(lower.replace("_", "")) || noun.isEmpty()) {
                return true;
            }
            if (collection.startsWith(noun) || noun.startsWith(collection.replaceAll("s$", ""))) {
                return true;
            }
        }
        return false;
    }
}
