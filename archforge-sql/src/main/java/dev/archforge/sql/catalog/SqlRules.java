package dev.archforge.sql.catalog;

import dev.archforge.lint.Config;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRegistry;
import dev.archforge.model.Category;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.ReviewMode;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlFile;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.rules.design.DesignRules;
import dev.archforge.sql.rules.migration.MigrationRules;
import dev.archforge.sql.rules.syntax.SyntaxRules;
import java.util.List;

/**
 * Every SQL rule, from the explicit per-area lists (no classpath scanning), ordered by id. Rules of
 * the category {@link Category#MIGRATION_SAFETY} run only in {@link ReviewMode#MIGRATION}. It lives
 * apart from the rule interface: the areas depend on {@code rules}, this on the areas.
 */
public final class SqlRules {
    private static final RuleRegistry<SqlRule> REGISTRY =
            RuleRegistry.of(List.of(DesignRules.ALL, MigrationRules.ALL, SyntaxRules.ALL));

    /**
     * The tag of the rules that run only when the configuration names them under {@code rules:}:
     * checklist items whose findings are mostly deliberate designs on real schemas.
     */
    public static final String OPT_IN = Config.OPT_IN;

    private SqlRules() {}

    public static RuleRegistry<SqlRule> registry() {
        return REGISTRY;
    }

    public static List<SqlRule> all() {
        return REGISTRY.rules();
    }

    public static List<RuleDescriptor> descriptors() {
        return REGISTRY.descriptors();
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
        return REGISTRY.registered(
                entry -> runsIn(entry.descriptor(), mode, migrations),
                (rule, d) -> (file, options, sink) ->
                        rule.check(new SqlContext(file, d.id(), options, sink, REGISTRY.ids())));
    }

    private static boolean runsIn(RuleDescriptor d, ReviewMode mode, Migrations migrations) {
        if (d.category() == Category.MIGRATION_SAFETY && mode != ReviewMode.MIGRATION) {
            return false;
        }
        return migrations != Migrations.OFFLINE || !d.tags().contains(Migrations.ONLINE_ONLY);
    }
}
