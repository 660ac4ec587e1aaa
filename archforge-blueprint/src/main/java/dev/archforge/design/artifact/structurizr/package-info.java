/**
 * The Structurizr workspace ({@code workspace.dsl}): the design's
 * {@link dev.archforge.design.artifact.diagram.C4Model} written in the Structurizr DSL with
 * system-context and container views, and the blueprint's Markdown and ADRs imported.
 */
@NullMarked
package dev.archforge.design.artifact.structurizr;

import org.jspecify.annotations.NullMarked;
