package dev.archforge.sql.ast;

/** {@code CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]}; the name is the role's when only AUTHORIZATION is given. */
public record CreateSchema(String name, boolean ifNotExists, Span span) implements Statement {}
