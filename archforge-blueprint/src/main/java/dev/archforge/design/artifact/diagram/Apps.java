package dev.archforge.design.artifact.diagram;

import dev.archforge.design.artifact.diagram.C4Element.Kind;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The application containers of a design: one for a (modular) monolith, one per component otherwise. */
final class Apps {
    static final String TECHNOLOGY = "Java 21";

    private Apps() {}

    static List<App> of(Design design) {
        Style style = design.architecture().style();
        String system = design.requirements().system().name();
        String technology = style == Style.SERVERLESS ? TECHNOLOGY + " functions" : TECHNOLOGY;
        List<Component> components = design.architecture().components();
        if (!style.separatelyDeployed() || components.isEmpty()) {
            List<String> entities =
                    design.requirements().entities().stream().map(Entity::name).toList();
            String description = components.isEmpty()
                    ? style.title()
                    : style.title() + " with modules "
                            + components.stream().map(Component::name).collect(Collectors.joining(", "));
            return List.of(new App(
                    new C4Element("api", Kind.CONTAINER, system + " API", description, technology),
                    "",
                    entities,
                    "Routes every request"));
        }
        List<App> apps = new ArrayList<>();
        for (Component c : components) {
            String routes = c.entities().isEmpty()
                    ? "Routes internal requests"
                    : "Routes "
                            + c.entities().stream()
                                    .map(e -> "/" + Names.collection(e))
                                    .collect(Collectors.joining(", "));
            apps.add(new App(
                    new C4Element(
                            Names.snake(c.name()) + "_service",
                            Kind.CONTAINER,
                            c.name() + " service",
                            c.description(),
                            technology),
                    c.name(),
                    c.entities(),
                    routes));
        }
        return List.copyOf(apps);
    }

    /** The app running a component; a monolith's single app runs them all. */
    static App of(List<App> apps, String component) {
        return apps.stream()
                .filter(a -> a.component().equals(component))
                .findFirst()
                .orElse(apps.get(0));
    }

    /** The app whose component name mentions the hint ("payment"), else the first app. */
    static App serving(List<App> apps, String hint) {
        return apps.stream()
                .filter(a -> a.component().contains(hint))
                .findFirst()
                .orElse(apps.get(0));
    }
}
