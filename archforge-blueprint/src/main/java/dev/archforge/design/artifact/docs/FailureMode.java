package dev.archforge.design.artifact.docs;

/**
 * How one dependency of the design fails, and what then happens.
 *
 * @param dependency what fails ("PostgreSQL primary")
 * @param fails the failure, in a sentence
 * @param blastRadius which access patterns, components and roles it reaches
 * @param detection the alert or signal that shows it, as named in {@code operations.md}
 * @param mitigation what limits it and how the design recovers, against the objectives
 */
record FailureMode(String dependency, String fails, String blastRadius, String detection, String mitigation) {}
