package dev.archforge.sql.rules.migration;

import dev.archforge.sql.rules.SqlRule;
import java.util.List;

/** The migration safety rules, sorted by id. */
public final class MigrationRules {
    public static final List<SqlRule> ALL = List.of(
            new BlockingMaintenanceRule(),
            new CheckWithoutNotValidRule(),
            new ColumnDroppedRule(),
            new ColumnRenamedRule(),
            new ColumnTypeChangeRewritesRule(),
            new ColumnTypeNarrowedRule(),
            new DmlWithoutWhereRule(),
            new EnumValueAddedInTransactionRule(),
            new ForeignKeyWithoutNotValidRule(),
            new IndexConcurrentlyInTransactionRule(),
            new IndexCreatedWithoutConcurrentlyRule(),
            new IndexDroppedWithoutConcurrentlyRule(),
            new LockTimeoutMissingRule(),
            new NotNullColumnWithoutDefaultRule(),
            new SetNotNullWithoutCheckRule(),
            new TableDroppedRule(),
            new TableDroppedWithCascadeRule(),
            new TableRenamedRule(),
            new UniqueColumnAddedRule(),
            new UniqueConstraintWithoutIndexRule(),
            new UpdateFromBackfillsTableRule(),
            new VolatileDefaultRewritesTableRule());

    private MigrationRules() {}
}
