package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.Conventions;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column of type {@code json} that stays so in the final schema: it keeps the text as written,
 * is parsed again by every operator, has no equality operator (so no DISTINCT, GROUP BY or unique
 * index) and no GIN index support. At {@code info}: keeping the exact text, key order and
 * duplicate keys is occasionally what is wanted, and columns named for a document kept verbatim
 * (a payload, request, response, body, raw data, claims) are left alone. A schema that uses json
 * throughout gets one finding naming the count.
 */
@RuleInfo(
        id = "sql-json-instead-of-jsonb",
        title = "Column uses json instead of jsonb",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use jsonb, unless the document's exact text, key order or duplicate keys must be kept.")
public final class JsonInsteadOfJsonbRule implements SqlRule {
    static final String TYPE = "json";

    /** Columns that keep a document exactly as it was sent or received: json is the right type. */
    static final Pattern VERBATIM = Pattern.compile(
            "(.*_)?(payload|request|response|body|raw|data|olddata|newdata|activity|claims|headers|message)");

    @Override
    public void check(SqlContext context) {
        Conventions.report(
                context,
                JsonInsteadOfJsonbRule.class,
                (file, site) -> site.type().name().equals(TYPE)
                        && site.finallyHasType(TYPE)
                        && !VERBATIM.matcher(site.column().toLowerCase(Locale.ROOT))
                                .matches(),
                (file, site) -> site.type().name().equals("jsonb") && site.finallyHasType("jsonb"),
                site -> "Column '" + site.column() + "' of '" + site.table().raw() + "' is "
                        + site.type().text(),
                tally -> tally.uses().size() + " columns are json, the schema's convention ("
                        + Conventions.firstOf(tally) + "); " + tally.alternatives() + " are jsonb");
    }
}
