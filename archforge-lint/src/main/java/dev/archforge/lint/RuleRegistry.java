package dev.archforge.lint;

import dev.archforge.model.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of one review kind (the API rules, the SQL rules), each with the descriptor its
 * {@link RuleInfo} declares, ordered by id. The rules come from explicit per-area lists, never a
 * classpath scan (Error Prone's {@code BuiltInCheckerSuppliers}); each annotation is read once,
 * here, because reading them inside a sort's comparator read 81 annotations some thousand times
 * on every start. Two rules with one id are a bug: building the registry fails.
 *
 * @param <R> the rule interface of the review kind
 */
public final class RuleRegistry<R> {
    private final List<List<R>> areas;
    private final List<Entry<R>> entries;
    private final Map<String, Entry<R>> byId;
    private final Set<String> ids;
    private final List<R> rules;
    private final List<RuleDescriptor> descriptors;

    /** A rule and the descriptor its class declares. */
    public record Entry<R>(R rule, RuleDescriptor descriptor) {
        public String id() {
            return descriptor.id();
        }
    }

    /** How the engine calls a rule: a {@link Check} that builds the rule's context and runs it. */
    @FunctionalInterface
    public interface Binding<R, S> {
        Check<S> bind(R rule, RuleDescriptor descriptor);
    }

    private RuleRegistry(List<List<R>> areas) {
        this.areas = areas;
        List<Entry<R>> all = new ArrayList<>();
        Map<String, Entry<R>> index = new HashMap<>();
        for (List<R> area : areas) {
            for (R rule : area) {
                Entry<R> entry = new Entry<>(rule, Descriptors.of(rule.getClass()));
                Entry<R> clash = index.putIfAbsent(entry.id(), entry);
                if (clash != null) {
                    throw new IllegalStateException("rule id " + entry.id() + " is declared by both "
                            + clash.rule().getClass().getName() + " and "
                            + rule.getClass().getName());
                }
                all.add(entry);
            }
        }
        all.sort(Comparator.comparing(Entry::id));
        this.entries = List.copyOf(all);
        this.byId = Map.copyOf(index);
        // immutable, so each rule context's Set.copyOf keeps this instance instead of copying
        this.ids = Set.copyOf(index.keySet());
        this.rules = entries.stream().map(Entry::rule).toList();
        this.descriptors = entries.stream().map(Entry::descriptor).toList();
    }

    /** The registry of the rules of {@code areas}, each area a {@code List.of(...)} sorted by id. */
    public static <R> RuleRegistry<R> of(List<List<R>> areas) {
        return new RuleRegistry<>(List.copyOf(areas));
    }

    /** The per-area lists, as given. */
    public List<List<R>> areas() {
        return areas;
    }

    /** Every rule with its descriptor, ordered by id. */
    public List<Entry<R>> entries() {
        return entries;
    }

    /** Every rule, ordered by id. */
    public List<R> rules() {
        return rules;
    }

    /** Every rule's descriptor, ordered by id. */
    public List<RuleDescriptor> descriptors() {
        return descriptors;
    }

    /** Every rule's id: what an ignore comment or directive may name. */
    public Set<String> ids() {
        return ids;
    }

    /** The rule with this id. */
    public Optional<Entry<R>> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The rules {@code include} keeps as the engine runs them, ordered by id, each bound by {@code binding}. */
    public <S> List<RegisteredRule<S>> registered(Predicate<Entry<R>> include, Binding<R, S> binding) {
        List<RegisteredRule<S>> out = new ArrayList<>(entries.size());
        for (Entry<R> entry : entries) {
            if (include.test(entry)) {
                out.add(new RegisteredRule<>(entry.descriptor(), binding.bind(entry.rule(), entry.descriptor())));
            }
        }
        return out;
    }
}
