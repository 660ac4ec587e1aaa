package dev.archforge.sql.ast;

/** {@code SET [LOCAL|SESSION] name {TO|=} value}; also {@code SET TIME ZONE}, {@code SET ROLE}... with the words as the name. */
public record SetParameter(String name, String value, boolean local, Span span) implements Statement {}
