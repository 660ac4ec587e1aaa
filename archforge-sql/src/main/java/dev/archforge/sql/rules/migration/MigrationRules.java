package dev.archforge.sql.rules.migration;

import dev.archforge.sql.rules.SqlRule;
import java.util.List;

/** The migration safety rules, sorted by id. */
public final class MigrationRules {
    public static final List<SqlRule> ALL = List.of(
            new BlockingMaintenanceRule(),
            new ColumnDroppedRule(),
            new DmlWithoutWhereRule(),
            new EnumValueAddedInTransactionRule(),
            new IndexCreatedWithoutConcurrentlyRule(),
            new IndexDroppedWithoutConcurrentlyRule(),
            new LockTimeoutMissingRule(),
            new NotNullColumnWithoutDefaultRule(),
            new TableDroppedRule(),
            new UniqueConstraintWithoutIndexRule());

    private MigrationRules() {}
}
