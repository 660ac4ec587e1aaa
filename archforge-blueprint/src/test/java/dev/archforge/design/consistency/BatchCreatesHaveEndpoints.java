package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Batch endpoints decided (performance): every entity whose creates come in batches has a
 * {@code POST .../batch} whose body is an array of its create schema, bounded by {@code maxItems}.
 */
final class BatchCreatesHaveEndpoints implements Implication {
    @Override
    public String id() {
        return "batch-creates-have-endpoints";
    }

    @Override
    public String statement() {
        return "when the performance decision batches an entity's creates, api/openapi.yaml has a POST .../batch"
                + " taking an array of its create schema with maxItems";
    }

    @Override
    public boolean applies(Design design) {
        return !design.architecture().data().batchCreates().isEmpty();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        for (String entity : files.design().architecture().data().batchCreates()) {
            String create = "#/components/schemas/" + Items.schema(entity) + "Create";
            Optional<Map<String, Object>> body = files.api().operations().stream()
                    .filter(o -> o.method().equals("post") && o.path().endsWith("/batch"))
                    .flatMap(o -> o.requestSchema().stream())
                    .filter(s -> "array".equals(s.get("type"))
                            && create.equals(Api.map(s.get("items")).get("$ref")))
                    .findFirst();
            if (body.isEmpty()) {
                out.add("no POST .../batch takes an array of " + Items.schema(entity) + "Create");
            } else if (!(body.get().get("maxItems") instanceof Number)) {
                out.add("the batch of " + entity + " has no maxItems");
            }
        }
        return out;
    }
}
