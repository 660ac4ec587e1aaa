package dev.archforge.design.requirements;

import java.util.regex.Pattern;

/** The shapes of names in the requirements file; the JSON Schema states the same patterns. */
final class Patterns {
    /** System, access pattern names: {@code list-my-workouts}. */
    static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Field, relation and state names: {@code started_at}. */
    static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    /** Entity and event names: {@code ExerciseSet}. */
    static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");
    /** Actor names, skills, regions, residency: lower-case words joined by {@code -} or {@code _}. */
    static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*([_-][a-z0-9]+)*");

    /** Skills: lower-case, with the punctuation technology names use ({@code node.js}, {@code c#}). */
    static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9.+#_-]*");

    private Patterns() {}

    static boolean kebab(String s) {
        return KEBAB.matcher(s).matches();
    }

    static boolean snake(String s) {
        return SNAKE.matcher(s).matches();
    }

    static boolean pascal(String s) {
        return PASCAL.matcher(s).matches();
    }

    static boolean word(String s) {
        return WORD.matcher(s).matches();
    }
}
