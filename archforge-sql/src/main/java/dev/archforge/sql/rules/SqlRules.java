package dev.archforge.sql.rules;

import dev.archforge.lint.Config;
import dev.archforge.lint.Descriptors;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.model.Category;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.sql.rules.design.DesignRules;
import dev.archforge.sql.rules.migration.MigrationRules;
import dev.archforge.sql.rules.syntax.SyntaxRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every SQL rule, from the explicit per-area lists (no classpath scanning), ordered by id.
 * Rules of the category {@link Category#MIGRATION_SAFETY} run only in {@link ReviewMode#MIGRATION}.
 */
public final class SqlRules {
    /** The per-area registries, each a sorted {@code List.of(...)}. */
    public static final List<List<SqlRule>> AREAS = List.of(DesignRules.ALL, MigrationRules.ALL, SyntaxRules.ALL);

    /**
     * The tag of the rules that run only when the configuration names them under {@code rules:}:
     * checklist items whose findings are mostly deliberate designs on real schemas.
     */
    public static final String OPT_IN = Config.OPT_IN;

    private static final List<SqlRule> ALL = sorted();

    /** Every rule's id: what an ignore comment may name. */
    private static final Set<String> IDS =
            ALL.stream().map(r -> Descriptors.of(r.getClass()).id()).collect(Collectors.toUnmodifiableSet());

    private SqlRules() {}

    public static List<SqlRule> all() {
        return ALL;
    }

    public static List<RuleDescriptor> descriptors() {
        return ALL.stream().map(r -> Descriptors.of(r.getClass())).toList();
    }

    /** The rules as the engine runs them in {@code mode} on online migrations. */
    public static List<RegisteredRule<SqlFile>> registered(ReviewMode mode) {
        return registered(mode, Migrations.ONLINE);
    }

    /**
     * The rules as the engine runs them in {@code mode}; {@link Migrations#OFFLINE} leaves out the
     * rules tagged {@value Migrations#ONLINE_ONLY}.
     */
    public static List<RegisteredRule<SqlFile>> registered(ReviewMode mode, Migrations migrations) {
        List<RegisteredRule<SqlFile>> out = new ArrayList<>();
        for (SqlRule rule : ALL) {
            RuleDescriptor d = Descriptors.of(rule.getClass());
            if (d.category() == Category.MIGRATION_SAFETY && mode != ReviewMode.MIGRATION) {
                continue;
            }
            if (migrations == Migrations.OFFLINE && d.tags().contains(Migrations.ONLINE_ONLY)) {
                continue;
            }
            out.add(new RegisteredRule<>(
                    d, (file, options, sink) -> rule.check(new SqlContext(file, d.id(), options, sink, IDS))));
        }
        return out;
    }

    private static List<SqlRule> sorted() {
        List<SqlRule> all = new ArrayList<>();
        AREAS.forEach(all::addAll);
        all.sort(Comparator.comparing(r -> Descriptors.of(r.getClass()).id()));
        return List.copyOf(all);
    }
}
