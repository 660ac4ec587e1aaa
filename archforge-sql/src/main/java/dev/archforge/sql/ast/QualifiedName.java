package dev.archforge.sql.ast;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A possibly schema-qualified name such as {@code public.users} or {@code "Auth"."Users"}. */
public record QualifiedName(List<Ident> parts, Span span) {
    public static final String DEFAULT_SCHEMA = "public";

    public QualifiedName {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a name has at least one part");
        }
    }

    /** The last part, normalized: the object's own name. */
    public String name() {
        return parts.get(parts.size() - 1).value();
    }

    /** The schema part, normalized, when the name is qualified. */
    public Optional<String> schema() {
        return parts.size() >= 2 ? Optional.of(parts.get(parts.size() - 2).value()) : Optional.empty();
    }

    /** As written: {@code public."Users"}. */
    public String raw() {
        return parts.stream().map(Ident::raw).collect(Collectors.joining("."));
    }

    /**
     * The key the schema model files the object under: {@code schema.name} normalized, with the
     * default schema {@code public} left out so {@code users} and {@code public.users} meet.
     */
    public String key() {
        return key(schema().orElse(DEFAULT_SCHEMA), name());
    }

    /** The key of the object {@code name} in {@code schema}, both normalized: see {@link #key()}. */
    public static String key(String schema, String name) {
        return schema.equals(DEFAULT_SCHEMA) ? name : schema + "." + name;
    }

    /** The same schema with another last part: where a renamed table or an index lives. */
    public QualifiedName withName(Ident name) {
        List<Ident> p = new java.util.ArrayList<>(parts);
        p.set(p.size() - 1, name);
        return new QualifiedName(p, span);
    }

    @Override
    public String toString() {
        return raw();
    }
}
