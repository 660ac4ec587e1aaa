package dev.archforge.design.yaml;

/** A value with a comment written on the line(s) before it, in a map or a list. */
public record Commented(String comment, Object value) {}
