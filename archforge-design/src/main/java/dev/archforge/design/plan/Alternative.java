package dev.archforge.design.plan;

/** An option that was considered and not taken, and why not for this system. */
public record Alternative(String option, String whyNot) {}
