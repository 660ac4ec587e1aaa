package dev.archforge.design.consistency;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What a sentence could name of its design: its entities, actors and components, and the numbers
 * its decisions and capacity plan state (team sizes, rates, counts). A sentence that names one of
 * them speaks of this design, not of every design.
 */
final class DesignWords {
    private final Set<String> names = new HashSet<>();
    /** Products and options the choices name, matched as written. */
    private final Set<String> products = new HashSet<>();

    private final Set<String> numbers = new HashSet<>();

    private DesignWords() {}

    static DesignWords of(Design design) {
        DesignWords w = new DesignWords();
        for (Entity e : design.requirements().entities()) {
            w.names.add(e.name());
            w.names.add(Names.table(e.name()));
        }
        design.requirements().actors().stream().map(Actor::name).forEach(w.names::add);
        design.requirements().events().forEach(e -> {
            w.names.add(e.name());
            w.names.addAll(e.consumers());
        });
        design.requirements().accessPatterns().forEach(p -> w.names.add(p.name()));
        design.architecture().components().stream().map(Component::name).forEach(w.names::add);
        design.architecture().stores().forEach(store -> w.products.add(store.title()));
        design.architecture()
                .messaging()
                .ifPresent(m -> w.products.add(m.broker().title()));
        for (Decision d : design.decisions()) {
            // the products a choice names after its first word (Amazon Cognito, Apache Kafka, Fargate)
            String[] words = d.choice().split("[^A-Za-z0-9-]+");
            for (int i = 1; i < words.length; i++) {
                String word = words[i];
                if (word.length() >= 3
                        && Character.isUpperCase(word.charAt(0))
                        && !word.equals(word.toUpperCase(Locale.ROOT))) {
                    w.products.add(word);
                }
            }
            w.numbersOf(d.choice());
            w.numbersOf(d.rationale());
            d.drivers().forEach(w::numbersOf);
        }
        design.capacity().sections().forEach(s -> s.quantities().forEach(q -> {
            w.numbers.add(Numbers.format(q.value()));
            w.numbersOf(q.formula());
        }));
        return w;
    }

    private void numbersOf(String text) {
        Matcher m = Comparisons.NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        }
    }

    /** True when {@code text} names an entity, actor or component of the design, or one of its numbers. */
    boolean mentionedIn(String text) {
        for (String name : names) {
            if (text.matches("(?si).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*")) {
                return true;
            }
        }
        for (String product : products) {
            if (text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(product) + "\\b.*")) {
                return true;
            }
        }
        Matcher m = Comparisons.NUMBER.matcher(text);
        while (m.find()) {
            if (numbers.contains(m.group(1) + (m.group(2) == null ? "" : m.group(2)))) {
                return true;
            }
        }
        return false;
    }
}
