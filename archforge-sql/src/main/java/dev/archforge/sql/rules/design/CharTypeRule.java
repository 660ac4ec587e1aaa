package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.Conventions;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Locale;
import java.util.Set;

/**
 * A column of type {@code character(n)} ({@code char(n)}, {@code bpchar}) that stays so in the
 * final schema: values are blank-padded to the length, the padding is ignored by some operators
 * and not others, and the type is no faster or smaller than {@code text}. The one-byte internal
 * type {@code "char"} is a different type and is left alone, and so are columns that hold a code
 * of exactly the declared length ({@code country_code char(2)}, an ISNI, a hash) and one-character
 * flag or lock columns, where the padding never applies. Three or more such columns in one schema
 * are its convention: one finding naming the count.
 */
@RuleInfo(
        id = "sql-char-type",
        title = "Column uses the blank-padded char(n) type",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use text (or varchar) and, where the length must be exact, a CHECK (length(code) = n) constraint.")
public final class CharTypeRule implements SqlRule {
    static final String TYPE = "character";
    private static final Set<String> CODE_WORDS = Set.of(
            "code",
            "iso",
            "isni",
            "ipi",
            "isrc",
            "iswc",
            "hash",
            "sha1",
            "sha256",
            "md5",
            "checksum",
            "digest",
            "id",
            "uuid",
            "guid",
            "key",
            "token",
            "lock",
            "flag",
            "country",
            "currency",
            "lang",
            "discid",
            "freedb",
            "ha1");

    @Override
    public void check(SqlContext context) {
        Conventions.report(
                context,
                CharTypeRule.class,
                (file, site) -> site.type().name().equals(TYPE) && FinalType.unchanged(site) && !fixedLength(site),
                (file, site) -> false,
                site -> "Column '" + site.column() + "' of '" + site.table().raw() + "' is "
                        + site.type().text(),
                tally -> tally.uses().size() + " columns are blank-padded char(n), the schema's convention ("
                        + Conventions.firstOf(tally) + ")");
    }

    /**
     * A code of exactly the declared length (ISO country and language codes, ISNI, hashes, ids)
     * or a one-character flag or lock column: char(n) holds exactly what it is meant to.
     */
    static boolean fixedLength(ColumnSite site) {
        String length = VarcharLengthArbitraryRule.length(site.type().text());
        if (length.isEmpty() || length.equals("1")) {
            return true;
        }
        for (String word : site.column().toLowerCase(Locale.ROOT).split("_")) {
            if (CODE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
