package dev.archforge.design.artifact.diagram;

import java.util.List;

/**
 * A deployable container of the system: the single application of a monolith, or one service.
 *
 * @param component the component it runs; empty for a monolith's single application
 * @param entities the entities whose tables it reads and writes
 */
record App(C4Element element, String component, List<String> entities, String routes) {
    App {
        entities = List.copyOf(entities);
    }
}
