package dev.archforge.sql.ast;

import java.util.Optional;

/**
 * {@code SET [LOCAL|SESSION] name {TO|=} value}; also {@code SET TIME ZONE}, {@code SET ROLE}... with the words as the name.
 *
 * @param list the value read as a list of names, when it is one (what {@code search_path} takes)
 */
public record SetParameter(String name, String value, boolean local, Optional<NameList> list, Span span)
        implements Statement {}
