/**
 * Diagrams of a design: the C4 model (people, external systems, containers and the relationships
 * between them) derived once from the design, and Mermaid renderings of it and of the entities. The
 * Structurizr workspace renders the same {@link dev.archforge.design.artifact.diagram.C4Model}, so
 * the README's diagrams and {@code workspace.dsl} cannot disagree.
 */
@NullMarked
package dev.archforge.design.artifact.diagram;

import org.jspecify.annotations.NullMarked;
