package dev.archforge.design.artifact.structurizr;

import static dev.archforge.design.artifact.structurizr.DslWriter.quote;
import static dev.archforge.design.artifact.structurizr.DslWriter.quoted;

import dev.archforge.design.artifact.diagram.C4Element;
import dev.archforge.design.artifact.diagram.C4Model;
import dev.archforge.design.artifact.diagram.C4Relationship;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link C4Model} as a Structurizr workspace: people, external systems tagged
 * {@code External}, the system with its containers (stores tagged {@code Database}, the broker
 * {@code Queue}), container-level relationships (Structurizr implies the system-level ones), and
 * auto-laid-out context and container views.
 */
final class WorkspaceDsl {
    private WorkspaceDsl() {}

    /**
     * @param docs the folder of Markdown to import with {@code !docs}, relative to the workspace file
     * @param adrs the folder of MADR records to import with {@code !adrs}, when there are any
     */
    static String of(C4Model model, Optional<String> docs, Optional<String> adrs) {
        DslWriter w = new DslWriter();
        w.open("workspace " + quoted(List.of(model.systemName(), model.purpose())));
        w.open("model");
        for (C4Element p : model.people()) {
            w.line(p.id() + " = person " + quoted(List.of(p.name(), p.description())));
        }
        for (C4Element e : model.externals()) {
            w.open(e.id() + " = softwareSystem " + quoted(List.of(e.name(), e.description())));
            w.line("tags \"External\"");
            w.close();
        }
        w.open(model.systemId() + " = softwareSystem " + quoted(List.of(model.systemName(), model.purpose())));
        docs.ifPresent(d -> w.line("!docs " + d));
        adrs.ifPresent(a -> w.line("!adrs " + a + " madr"));
        for (C4Element c : model.containers()) {
            String line = c.id() + " = container " + quoted(List.of(c.name(), c.description(), c.technology()));
            String tag =
                    switch (c.kind()) {
                        case DATABASE -> "Database";
                        case QUEUE -> "Queue";
                        default -> "";
                    };
            if (tag.isEmpty()) {
                w.line(line);
            } else {
                w.open(line).line("tags " + quote(tag)).close();
            }
        }
        w.close();
        w.blank();
        for (C4Relationship r : model.relationships()) {
            w.line(r.from() + " -> " + r.to() + " " + quoted(List.of(r.description(), r.technology())));
        }
        w.close();
        w.blank();
        w.open("views");
        w.open("systemContext " + model.systemId() + " " + quote("SystemContext"))
                .line("include *")
                .line("autoLayout")
                .close();
        w.open("container " + model.systemId() + " " + quote("Containers"))
                .line("include *")
                .line("autoLayout")
                .close();
        w.open("styles");
        w.open("element \"Person\"").line("shape Person").close();
        w.open("element \"Database\"").line("shape Cylinder").close();
        w.open("element \"Queue\"").line("shape Pipe").close();
        w.open("element \"External\"")
                .line("background #999999")
                .line("color #ffffff")
                .close();
        w.close();
        w.close();
        w.close();
        return w.toString();
    }
}
