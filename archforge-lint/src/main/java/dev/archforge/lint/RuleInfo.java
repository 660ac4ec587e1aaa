package dev.archforge.lint;

import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rule's metadata on its class, the way Error Prone's {@code @BugPattern} does. Read
 * once by {@link Descriptors}; the registry lists the classes explicitly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable kebab-case id with a domain prefix, naming the problem: {@code api-path-trailing-slash}. */
    String id();

    /** One line saying what the rule finds. */
    String title();

    Severity severity();

    Category category();

    /** The release the rule first appeared in. */
    String since() default "0.1.0";

    /** Extra classification, such as an OWASP API Top 10 item ({@code owasp-api4}). */
    String[] tags() default {};

    /** What to change so the finding goes away. */
    String howToFix();

    Option[] options() default {};

    /** A rule option and its default. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Option {
        String name();

        String defaultValue();

        String description();
    }
}
