package dev.archforge.sql.rules.design;

import dev.archforge.sql.rules.SqlRule;
import java.util.List;

/** The schema design rules, sorted by id. */
public final class DesignRules {
    public static final List<SqlRule> ALL = List.of(
            new CharTypeRule(),
            new CheckReadsOtherTablesRule(),
            new DefaultSetToNotNullRule(),
            new EmailUniqueCaseSensitiveRule(),
            new EntityAttributeValueRule(),
            new ForeignKeyNullableRule(),
            new ForeignKeyToNonUniqueRule(),
            new ForeignKeyWithoutIndexRule(),
            new IdentifierQuotedMixedCaseRule(),
            new IndexDuplicateRule(),
            new IndexRedundantPrefixRule(),
            new JsonInsteadOfJsonbRule(),
            new MoneyAsFloatRule(),
            new NamingInconsistentRule(),
            new NaturalKeyWithoutUniqueRule(),
            new PrimaryKeyNotBigintRule(),
            new ReservedWordIdentifierRule(),
            new SerialInsteadOfIdentityRule(),
            new StatusWithoutConstraintRule(),
            new TableWithoutPrimaryKeyRule(),
            new TimestampWithoutTimeZoneRule(),
            new VarcharLengthArbitraryRule());

    private DesignRules() {}
}
