package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.Retention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An entity a domain usually has, written as it reads in the requirements file. Built with the
 * {@code with} methods, each returning a copy: {@code EntitySpec.named("Workout").owner("member")...}.
 *
 * @param name PascalCase; a capability may write {@code @Mover} in it for the actor that reports positions
 * @param owner the relation (and actor) through which a record belongs to a user
 * @param account the entity users sign in as
 * @param growth new records per active user per month; 0 when negligible
 * @param relations relation shorthands, {@code belongs-to Plan optional}
 * @param states lifecycle states in order, the first initial
 * @param appendOnly records never change once written
 * @param retention how long records are kept when it differs from the system's retention
 * @param naturalKey the fields or relations that identify a record
 */
public record EntitySpec(
        String name,
        String description,
        Optional<String> owner,
        boolean account,
        double growth,
        List<FieldSpec> fields,
        List<String> relations,
        List<String> states,
        boolean appendOnly,
        Optional<Retention> retention,
        List<String> naturalKey) {
    public EntitySpec {
        if (!name.matches("@Mover[A-Za-z0-9]*|[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("entity name must be PascalCase, got '" + name + "'");
        }
        owner.ifPresent(o -> Shorthand.name("owner", o));
        fields = List.copyOf(fields);
        relations = List.copyOf(relations);
        relations.forEach(Shorthand::relation);
        states = List.copyOf(states);
        states.forEach(s -> Shorthand.name("state", s));
        naturalKey = List.copyOf(naturalKey);
        naturalKey.forEach(k -> Shorthand.name("natural key", k));
        if (appendOnly && !states.isEmpty()) {
            throw new IllegalArgumentException("append-only entity '" + name + "' cannot have states");
        }
    }

    public static EntitySpec named(String name) {
        return new EntitySpec(
                name,
                "",
                Optional.empty(),
                false,
                0,
                List.of(),
                List.of(),
                List.of(),
                false,
                Optional.empty(),
                List.of());
    }

    public EntitySpec name(String value) {
        return new EntitySpec(
                value,
                description,
                owner,
                account,
                growth,
                fields,
                relations,
                states,
                appendOnly,
                retention,
                naturalKey);
    }

    public EntitySpec description(String text) {
        return new EntitySpec(
                name, text, owner, account, growth, fields, relations, states, appendOnly, retention, naturalKey);
    }

    public EntitySpec owner(String actor) {
        return new EntitySpec(
                name,
                description,
                Optional.of(actor),
                account,
                growth,
                fields,
                relations,
                states,
                appendOnly,
                retention,
                naturalKey);
    }

    public EntitySpec asAccount() {
        return new EntitySpec(
                name, description, owner, true, growth, fields, relations, states, appendOnly, retention, naturalKey);
    }

    public EntitySpec growth(double perUserPerMonth) {
        return new EntitySpec(
                name,
                description,
                owner,
                account,
                perUserPerMonth,
                fields,
                relations,
                states,
                appendOnly,
                retention,
                naturalKey);
    }

    /** Adds fields written {@code "name: shorthand"}. */
    public EntitySpec fields(String... lines) {
        List<FieldSpec> all = new ArrayList<>(fields);
        Arrays.stream(lines).map(FieldSpec::parse).forEach(all::add);
        return new EntitySpec(
                name, description, owner, account, growth, all, relations, states, appendOnly, retention, naturalKey);
    }

    public EntitySpec relations(String... shorthands) {
        List<String> all = new ArrayList<>(relations);
        all.addAll(List.of(shorthands));
        return new EntitySpec(
                name, description, owner, account, growth, fields, all, states, appendOnly, retention, naturalKey);
    }

    public EntitySpec states(String... lifecycle) {
        return new EntitySpec(
                name,
                description,
                owner,
                account,
                growth,
                fields,
                relations,
                List.of(lifecycle),
                appendOnly,
                retention,
                naturalKey);
    }

    /** Records are never changed or deleted once written. */
    public EntitySpec asAppendOnly() {
        return new EntitySpec(
                name, description, owner, account, growth, fields, relations, states, true, retention, naturalKey);
    }

    public EntitySpec retention(Retention value) {
        return new EntitySpec(
                name,
                description,
                owner,
                account,
                growth,
                fields,
                relations,
                states,
                appendOnly,
                Optional.of(value),
                naturalKey);
    }

    public EntitySpec naturalKey(String... names) {
        return new EntitySpec(
                name,
                description,
                owner,
                account,
                growth,
                fields,
                relations,
                states,
                appendOnly,
                retention,
                List.of(names));
    }
}
