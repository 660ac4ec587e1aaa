package dev.archforge.design.consistency;

import dev.archforge.design.artifact.domain.StateActions;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * A lifecycle is moved by the server: every entity with states that clients change has one
 * {@code POST <item>/<action>} per state after the first ({@code POST /orders/{orderId}/cancel}),
 * and no request body sets {@code state} (see {@link ServerFieldsAreReadOnly}).
 */
final class StatesChangeThroughActions implements Implication {
    @Override
    public String id() {
        return "states-change-through-actions";
    }

    @Override
    public String statement() {
        return "when an entity has lifecycle states and clients change its records, api/openapi.yaml has a POST"
                + " action on its item for every state after the first";
    }

    @Override
    public boolean applies(Design design) {
        return design.requirements().entities().stream()
                .anyMatch(e -> !e.states().isEmpty());
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        for (Entity e : files.design().requirements().entities()) {
            String item = Items.path(e.name());
            boolean changed =
                    files.api().onItem(item).stream().anyMatch(o -> !o.method().equals("get"))
                            || !files.api().creates(Items.schema(e.name())).isEmpty();
            if (e.states().isEmpty() || !changed) {
                continue;
            }
            for (StateActions.Action a : StateActions.of(e)) {
                if (files.api().operation("post", item + "/" + a.verb()).isEmpty()) {
                    out.add("no POST " + item + "/" + a.verb() + " moves " + e.name() + " to " + a.state());
                }
            }
        }
        return out;
    }
}
