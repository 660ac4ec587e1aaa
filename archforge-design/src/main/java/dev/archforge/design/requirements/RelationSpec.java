package dev.archforge.design.requirements;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Parses a relation written {@code belongs-to|one-to-one|many-to-many <Entity> [optional] [as <name>]}.
 * The name defaults to the target in snake case ({@code ExerciseSet} → {@code exercise_set}).
 */
final class RelationSpec {
    static final String GRAMMAR = "'belongs-to|one-to-one|many-to-many <Entity> [optional] [as <name>]'";
    private static final List<String> KINDS = List.of("belongs-to", "one-to-one", "many-to-many");

    private RelationSpec() {}

    static Optional<Relation> parse(Text spec, String entity, Collection<String> entities, Problems problems) {
        String text = spec.value().trim();
        String[] words = text.split("\\s+");
        String what = "relation '" + text + "' of entity '" + entity + "'";
        if (words.length < 2) {
            problems.add(spec.location(), "expected " + GRAMMAR + " for " + what);
            return Optional.empty();
        }
        Optional<RelationKind> kind = RelationKind.parse(words[0]);
        if (kind.isEmpty()) {
            problems.add(spec.location(), unknownKind(words[0], what));
        }
        String target = words[1];
        if (!entities.contains(target)) {
            problems.add(
                    spec.location(), "unknown entity '" + target + "' in " + what + Suggest.hint(target, entities));
        }
        int i = 2;
        boolean optional = i < words.length && words[i].equals("optional");
        if (optional) {
            i++;
        }
        String name = defaultName(target);
        if (i < words.length && words[i].equals("as")) {
            if (i + 1 >= words.length) {
                problems.add(spec.location(), "missing the name after 'as' in " + what);
            } else if (!Patterns.snake(words[i + 1])) {
                problems.add(
                        spec.location(),
                        "relation name '" + words[i + 1] + "' in " + what
                                + " is not snake_case, expected lower-case words joined by '_'");
            } else {
                name = words[i + 1];
            }
            i += 2;
        }
        if (i < words.length) {
            problems.add(spec.location(), "unexpected '" + words[i] + "' in " + what + ", expected " + GRAMMAR);
        }
        if (optional && kind.orElse(RelationKind.BELONGS_TO) == RelationKind.MANY_TO_MANY) {
            problems.add(
                    spec.location(),
                    "'optional' does not apply to many-to-many " + what + ", which may always be empty");
        }
        // a relation with a known kind is kept even when its target is wrong, so the owner and the
        // filters naming it are not reported as well: one mistake, one message
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Relation(kind.get(), target, name, optional, spec.location()));
    }

    private static String unknownKind(String word, String what) {
        if (word.equals("has-many") || word.equals("one-to-many") || word.equals("has-one")) {
            return "'" + word + "' is not a relation kind in " + what
                    + ": declare 'belongs-to' on the other entity instead";
        }
        return "unknown relation kind '" + word + "' in " + what + Suggest.hint(word, KINDS);
    }

    /** {@code ExerciseSet} → {@code exercise_set}; agrees with {@code plan.Names.snake} for PascalCase names. */
    static String defaultName(String entity) {
        StringBuilder out = new StringBuilder(entity.length() + 4);
        for (int i = 0; i < entity.length(); i++) {
            char c = entity.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
