/**
 * The prose and machine-readable documents of a blueprint: README, decisions.json, one MADR record
 * per decision, and the capacity, security, operations and questions reports. Prose is built with
 * the small {@link dev.archforge.design.artifact.docs.Markdown} helper; JSON with jackson-core.
 */
@NullMarked
package dev.archforge.design.artifact.docs;

import org.jspecify.annotations.NullMarked;
