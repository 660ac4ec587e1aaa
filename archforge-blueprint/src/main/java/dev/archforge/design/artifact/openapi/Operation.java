package dev.archforge.design.artifact.openapi;

import dev.archforge.design.plan.Names;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One operation object, its members in the order readers expect them. */
record Operation(
        String tag,
        String operationId,
        String summary,
        String description,
        List<Object> security,
        List<Object> parameters,
        Optional<Map<String, Object>> body,
        Map<String, Object> responses) {
    Operation {
        security = List.copyOf(security);
        parameters = List.copyOf(parameters);
    }

    Map<String, Object> map() {
        Obj out = Obj.of()
                .put("tags", List.of(tag))
                .put("summary", summary)
                .put("description", description)
                .put("operationId", operationId)
                .put("security", security)
                .putIf(!parameters.isEmpty(), "parameters", parameters);
        body.ifPresent(b -> out.put("requestBody", b));
        return out.put("responses", responses).map();
    }

    /** The error responses of {@code base} and {@code more}, in that order. */
    static List<SharedComponents.ErrorResponse> plus(
            List<SharedComponents.ErrorResponse> base, SharedComponents.ErrorResponse... more) {
        List<SharedComponents.ErrorResponse> out = new java.util.ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    /** {@code list-my-workouts} → {@code List my workouts}. */
    static String humanize(String kebab) {
        String words = Names.snake(kebab).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
