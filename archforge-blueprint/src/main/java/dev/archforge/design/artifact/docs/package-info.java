/**
 * The prose and machine-readable documents of a blueprint: README, decisions.json, one MADR record
 * per decision, and the capacity, cost, security, operations, failure-mode, risk, roadmap and
 * questions reports. Prose is built with the small
 * {@link dev.archforge.design.artifact.docs.Markdown} helper; JSON with jackson-core.
 */
@NullMarked
package dev.archforge.design.artifact.docs;

import org.jspecify.annotations.NullMarked;
