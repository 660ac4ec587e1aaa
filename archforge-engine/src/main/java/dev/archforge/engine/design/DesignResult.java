package dev.archforge.engine.design;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;
import java.util.Optional;

/** The design (decisions, warnings, capacity plan, questions) and, when asked, its blueprint files in memory. */
public record DesignResult(Design design, Optional<Blueprint> blueprint) {}
