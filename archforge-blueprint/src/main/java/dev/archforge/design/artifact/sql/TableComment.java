package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;

/** The {@code COMMENT ON TABLE} text: what the records are, who owns them, which module writes them. */
final class TableComment {
    private TableComment() {}

    static String of(Design design, Entity entity) {
        StringBuilder out = new StringBuilder();
        if (entity.description().isBlank()) {
            out.append(entity.name()).append(" records.");
        } else {
            String d = entity.description().strip();
            out.append(d).append(d.endsWith(".") ? "" : ".");
        }
        if (entity.account()) {
            out.append(" The accounts users sign in as.");
        }
        Ownership.ownerRelation(entity).map(Relation::name).ifPresent(owner -> out.append(" Owned by the ")
                .append(owner)
                .append(" (")
                .append(Names.foreignKey(owner))
                .append(")."));
        design.architecture()
                .componentOf(entity.name())
                .map(Component::name)
                .ifPresent(c -> out.append(" Written only by the ").append(c).append(" module."));
        return out.toString();
    }
}
