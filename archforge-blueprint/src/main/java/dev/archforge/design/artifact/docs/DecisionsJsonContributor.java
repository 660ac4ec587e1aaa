package dev.archforge.design.artifact.docs;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Design;

/** Writes {@code decisions.json}, the machine-readable design ({@link DecisionsJson}). */
public final class DecisionsJsonContributor implements Contributor {
    public static final String PATH = "decisions.json";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, DecisionsJson.toJson(design));
    }
}
