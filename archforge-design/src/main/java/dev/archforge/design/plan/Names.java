package dev.archforge.design.plan;

import java.util.Locale;

/**
 * The one place names are derived, so the schema, the API and the diagrams agree: {@code WorkoutSet}
 * is table {@code workout_sets}, path segment {@code workout-sets}, schema {@code WorkoutSet}, and a
 * relation {@code author} is column {@code author_id}.
 */
public final class Names {
    private Names() {}

    /** {@code WorkoutSet} → {@code workout_set}; {@code startedAt} or {@code started-at} → {@code started_at}. */
    public static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '_' && name.charAt(i - 1) != '-') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else if (c == '-' || c == ' ') {
                out.append('_');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code WorkoutSet} → {@code workout-set}. */
    public static String kebab(String name) {
        return snake(name).replace('_', '-');
    }

    /** {@code workout_set} or {@code WorkoutSet} → {@code workoutSet}. */
    public static String camel(String name) {
        String snake = snake(name);
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code workout_set} → {@code WorkoutSet}. */
    public static String pascal(String name) {
        String camel = camel(name);
        return camel.isEmpty() ? camel : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /** English plural of a lower-case word or snake_case phrase (only the last word changes). */
    public static String plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return word + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (w.endsWith("person")) {
            return word.substring(0, word.length() - "person".length()) + "people";
        }
        return word + "s";
    }

    /** Table name of an entity: {@code WorkoutSet} → {@code workout_sets}. */
    public static String table(String entity) {
        return plural(snake(entity));
    }

    /** Path segment of an entity's collection: {@code WorkoutSet} → {@code workout-sets}. */
    public static String collection(String entity) {
        return plural(kebab(entity));
    }

    /** Foreign key column of a relation: {@code author} → {@code author_id}. */
    public static String foreignKey(String relation) {
        return snake(relation) + "_id";
    }
}
