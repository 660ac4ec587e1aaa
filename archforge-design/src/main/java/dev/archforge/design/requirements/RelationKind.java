package dev.archforge.design.requirements;

import java.util.Optional;

/** How one entity refers to another. The foreign key sits on the declaring side except for many-to-many. */
public enum RelationKind {
    /** Many of these belong to one target: a foreign key column here. */
    BELONGS_TO("belongs-to"),
    /** Exactly one of these per target: a unique foreign key column here. */
    ONE_TO_ONE("one-to-one"),
    /** Both sides have many: a join table. */
    MANY_TO_MANY("many-to-many");

    private final String id;

    RelationKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<RelationKind> parse(String text) {
        for (RelationKind k : values()) {
            if (k.id.equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
