package dev.archforge.sql.catalog;

import dev.archforge.lint.Config;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRegistry;
import dev.archforge.lint.testing.AbstractRuleFixtureTest;
import dev.archforge.model.Category;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.sql.parse.SqlParser;
import dev.archforge.sql.rules.ReviewMode;
import dev.archforge.sql.rules.SqlFile;
import dev.archforge.sql.rules.TableSizes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The SQL rule fixtures ({@code -- expect:} markers), each read on its own, in migration mode for
 * migration-safety rules and schema mode for the others.
 */
class RuleFixturesTest extends AbstractRuleFixtureTest<SqlFile> {
    @Override
    protected RuleRegistry<?> registry() {
        return SqlRules.registry();
    }

    @Override
    protected String commentStart() {
        return "--";
    }

    @Override
    protected SqlFile read(Path file, RuleDescriptor rule, Config config) throws IOException {
        ReviewMode mode = rule.category() == Category.MIGRATION_SAFETY ? ReviewMode.MIGRATION : ReviewMode.SCHEMA;
        return SqlFile.of(
                file.getFileName().toString(),
                SqlParser.read(Files.readString(file, StandardCharsets.UTF_8)),
                mode,
                TableSizes.of(config.largeTables()));
    }

    @Override
    protected String fileOf(SqlFile sql) {
        return sql.name();
    }

    @Override
    protected List<RegisteredRule<SqlFile>> registered(SqlFile sql, RuleDescriptor rule) {
        return SqlRules.registered(sql.mode());
    }
}
