package dev.archforge.design.artifact.deploy;

import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.requirements.Entity;
import java.util.List;

/** The deployables of a design: one for a (modular) monolith, one per component when separately deployed. */
public final class Deployables {
    private Deployables() {}

    public static List<Deployable> of(Design design) {
        String system = design.requirements().system().name();
        List<Component> components = design.architecture().components();
        if (!design.architecture().style().separatelyDeployed() || components.isEmpty()) {
            return List.of(new Deployable(
                    system,
                    "",
                    design.requirements().entities().stream().map(Entity::name).toList()));
        }
        return components.stream()
                .map(c -> new Deployable(system + "-" + Names.kebab(c.name()), c.name(), c.entities()))
                .toList();
    }

    /** The autoscaling range the design gives a deployable. */
    public static Replicas replicas(Design design, Deployable d) {
        String name = d.component().isEmpty() ? design.requirements().system().name() : d.component();
        return design.architecture()
                .deployment()
                .replicasOf(name)
                .orElseThrow(() -> new IllegalStateException("no replicas planned for deployable " + name));
    }

    /** True when the image is built per component, with the component as a build argument. */
    public static boolean perComponent(Design design) {
        return of(design).size() > 1 || !of(design).get(0).component().isEmpty();
    }
}
