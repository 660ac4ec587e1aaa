package dev.archforge.sql.ast;

/** A psql meta-command such as {@code \\set ON_ERROR_STOP 1}: the command ({@code set}) and its arguments. */
public record PsqlMeta(String command, String arguments, Span span) implements Statement {}
