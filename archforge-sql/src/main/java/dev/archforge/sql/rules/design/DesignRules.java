package dev.archforge.sql.rules.design;

import dev.archforge.sql.rules.SqlRule;
import java.util.List;

/** The schema design rules, sorted by id. */
public final class DesignRules {
    public static final List<SqlRule> ALL = List.of(
            new EmailUniqueCaseSensitiveRule(),
            new EntityAttributeValueRule(),
            new ForeignKeyWithoutIndexRule(),
            new IdentifierQuotedMixedCaseRule(),
            new MoneyAsFloatRule(),
            new NamingInconsistentRule(),
            new NaturalKeyWithoutUniqueRule(),
            new ReservedWordIdentifierRule(),
            new StatusWithoutConstraintRule(),
            new TableWithoutPrimaryKeyRule(),
            new TimestampWithoutTimeZoneRule());

    private DesignRules() {}
}
