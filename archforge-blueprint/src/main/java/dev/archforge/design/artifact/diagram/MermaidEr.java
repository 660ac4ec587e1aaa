package dev.archforge.design.artifact.diagram;

import static dev.archforge.design.artifact.diagram.MermaidWriter.quote;

import dev.archforge.design.artifact.domain.RecordIds;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The entity-relationship diagram in Mermaid: one block per table ({@link Names#table}) with its key,
 * foreign keys, fields, lifecycle state and audit columns, and one line per relation. Types are the
 * requirements' field types, so the diagram reads the same whatever the database maps them to.
 */
public final class MermaidEr {
    private MermaidEr() {}

    /** The diagram (no fence). */
    public static String of(Design design) {
        boolean tenants = design.architecture().security().tenantIsolation();
        MermaidWriter w = new MermaidWriter("erDiagram");
        for (Entity e : design.requirements().entities()) {
            w.open(Names.table(e.name()));
            w.line(RecordIds.SQL_TYPE + " id PK");
            for (Relation r : e.relations()) {
                if (r.kind() != RelationKind.MANY_TO_MANY) {
                    String keys = r.kind() == RelationKind.ONE_TO_ONE ? "FK, UK" : "FK";
                    w.line(RecordIds.SQL_TYPE + " " + Names.foreignKey(r.name()) + " " + keys + " "
                            + quote((r.optional() ? "optional, " : "") + "references " + Names.table(r.target())));
                }
            }
            if (tenants) {
                w.line(RecordIds.SQL_TYPE + " tenant_id FK " + quote("row-level security"));
            }
            for (Field f : e.fields()) {
                w.line(field(f));
            }
            if (!e.states().isEmpty()) {
                w.line("enum state " + quote(String.join(", ", e.states())));
            }
            w.line("timestamp created_at");
            w.line("timestamp updated_at");
            if (e.softDelete()) {
                w.line("timestamp deleted_at " + quote("soft delete"));
            }
            w.close();
        }
        for (Entity e : design.requirements().entities()) {
            for (Relation r : e.relations()) {
                String target = Names.table(r.target());
                String self = Names.table(e.name());
                String line =
                        switch (r.kind()) {
                            case BELONGS_TO -> target + (r.optional() ? " |o--o{ " : " ||--o{ ") + self;
                            case ONE_TO_ONE -> target + (r.optional() ? " |o--o| " : " ||--o| ") + self;
                            case MANY_TO_MANY -> self + " }o--o{ " + target;
                        };
                w.line(line + " : " + quote(r.name()));
            }
        }
        return w.toString();
    }

    private static String field(Field f) {
        String type =
                f.type().id() + (f.maxLength().isPresent() ? "(" + f.maxLength().getAsInt() + ")" : "");
        StringBuilder line = new StringBuilder(type).append(' ').append(Names.snake(f.name()));
        if (f.unique()) {
            line.append(" UK");
        }
        List<String> notes = new ArrayList<>();
        if (f.required()) {
            notes.add("required");
        }
        if (f.sensitive()) {
            notes.add("sensitive");
        }
        if (!f.values().isEmpty()) {
            notes.add(String.join(" / ", f.values()));
        }
        if (!notes.isEmpty()) {
            line.append(' ').append(quote(String.join(", ", notes)));
        }
        return line.toString();
    }
}
