package dev.archforge.engine.design;

import dev.archforge.design.Blueprints;
import dev.archforge.design.Designer;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.RequirementsLoader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Requirements in, a design out: load and check the requirements (every problem located, thrown
 * as {@link dev.archforge.model.InvalidInputException}), decide, and render the blueprint when
 * asked. Stateless: one instance serves any number of threads.
 */
public final class DesignService {

    public DesignResult design(DesignRequest request) {
        RequirementsLoader loader = new RequirementsLoader();
        RequirementsLoader.Loaded loaded;
        if (request.requirements() instanceof Requirements.InMemory text) {
            loaded = loader.read(text.text().name(), text.text().text().getBytes(StandardCharsets.UTF_8));
        } else {
            loaded = loader.read(((Requirements.OnDisk) request.requirements()).file());
        }
        Design design = new Designer().design(loaded.requirements(), loaded.locations());
        Optional<Blueprint> blueprint = request.blueprint() ? Optional.of(Blueprints.render(design)) : Optional.empty();
        return new DesignResult(design, blueprint);
    }
}
