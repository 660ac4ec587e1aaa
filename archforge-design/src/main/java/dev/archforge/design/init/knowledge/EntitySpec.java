package dev.archforge.design.init.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An entity a domain usually has, written as it reads in the requirements file. Built with the
 * {@code with} methods, each returning a copy: {@code EntitySpec.named("Workout").owner("member")...}.
 *
 * @param owner the relation (and actor) through which a record belongs to a user
 * @param account the entity users sign in as
 * @param growth new records per active user per month; 0 when negligible
 * @param relations relation shorthands, {@code belongs-to Plan optional}
 * @param states lifecycle states in order, the first initial
 */
public record EntitySpec(
        String name,
        String description,
        Optional<String> owner,
        boolean account,
        double growth,
        List<FieldSpec> fields,
        List<String> relations,
        List<String> states) {
    public EntitySpec {
        if (!name.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("entity name must be PascalCase, got '" + name + "'");
        }
        owner.ifPresent(o -> Shorthand.name("owner", o));
        fields = List.copyOf(fields);
        relations = List.copyOf(relations);
        relations.forEach(Shorthand::relation);
        states = List.copyOf(states);
        states.forEach(s -> Shorthand.name("state", s));
    }

    public static EntitySpec named(String name) {
        return new EntitySpec(name, "", Optional.empty(), false, 0, List.of(), List.of(), List.of());
    }

    public EntitySpec description(String text) {
        return new EntitySpec(name, text, owner, account, growth, fields, relations, states);
    }

    public EntitySpec owner(String actor) {
        return new EntitySpec(name, description, Optional.of(actor), account, growth, fields, relations, states);
    }

    public EntitySpec asAccount() {
        return new EntitySpec(name, description, owner, true, growth, fields, relations, states);
    }

    public EntitySpec growth(double perUserPerMonth) {
        return new EntitySpec(name, description, owner, account, perUserPerMonth, fields, relations, states);
    }

    /** Adds fields written {@code "name: shorthand"}. */
    public EntitySpec fields(String... lines) {
        List<FieldSpec> all = new ArrayList<>(fields);
        Arrays.stream(lines).map(FieldSpec::parse).forEach(all::add);
        return new EntitySpec(name, description, owner, account, growth, all, relations, states);
    }

    public EntitySpec relations(String... shorthands) {
        List<String> all = new ArrayList<>(relations);
        all.addAll(List.of(shorthands));
        return new EntitySpec(name, description, owner, account, growth, fields, all, states);
    }

    public EntitySpec states(String... lifecycle) {
        return new EntitySpec(name, description, owner, account, growth, fields, relations, List.of(lifecycle));
    }
}
