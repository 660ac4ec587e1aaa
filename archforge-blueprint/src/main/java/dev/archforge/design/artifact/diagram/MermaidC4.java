package dev.archforge.design.artifact.diagram;

import static dev.archforge.design.artifact.diagram.MermaidWriter.quote;

import java.util.List;

/** C4 system-context and container diagrams in Mermaid's C4 syntax, rendered from a {@link C4Model}. */
public final class MermaidC4 {
    private MermaidC4() {}

    /** The system, the people who use it and the systems it talks to (no fence). */
    public static String context(C4Model model) {
        MermaidWriter w = new MermaidWriter("C4Context");
        w.line("title System context of " + model.systemName());
        model.people().forEach(p -> w.line(element("Person", p)));
        w.line("System(" + model.systemId() + ", " + quote(model.systemName()) + ", " + quote(model.purpose()) + ")");
        model.externals().forEach(e -> w.line(element("System_Ext", e)));
        rels(w, model.contextRelationships());
        return w.toString();
    }

    /** The containers inside the system, with the people and external systems around it (no fence). */
    public static String containers(C4Model model) {
        MermaidWriter w = new MermaidWriter("C4Container");
        w.line("title Containers of " + model.systemName());
        model.people().forEach(p -> w.line(element("Person", p)));
        model.externals().forEach(e -> w.line(element("System_Ext", e)));
        w.open("System_Boundary(" + model.systemId() + "_boundary, " + quote(model.systemName()) + ")");
        for (C4Element c : model.containers()) {
            String macro =
                    switch (c.kind()) {
                        case DATABASE -> "ContainerDb";
                        case QUEUE -> "ContainerQueue";
                        default -> "Container";
                    };
            w.line(macro + "(" + c.id() + ", " + quote(c.name()) + ", " + quote(c.technology()) + ", "
                    + quote(c.description()) + ")");
        }
        w.close();
        rels(w, model.relationships());
        return w.toString();
    }

    private static String element(String macro, C4Element e) {
        return macro + "(" + e.id() + ", " + quote(e.name()) + ", " + quote(e.description()) + ")";
    }

    private static void rels(MermaidWriter w, List<C4Relationship> relationships) {
        for (C4Relationship r : relationships) {
            w.line("Rel(" + r.from() + ", " + r.to() + ", " + quote(r.description()) + ", " + quote(r.technology())
                    + ")");
        }
    }
}
