package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.rules.design.IndexShapes.Found;
import dev.archforge.sql.rules.design.IndexShapes.Part;
import dev.archforge.sql.schema.Index;
import dev.archforge.sql.schema.Key;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A non-unique b-tree index of the final schema whose keys are a leading part of a longer b-tree
 * index, primary key or unique constraint of the same table with the same predicate: the longer
 * one serves every lookup the shorter one does (keys in the opposite direction count too, since a
 * b-tree scans both ways). At {@code info}: the shorter index is smaller and
 * can be a deliberate trade for a hot query.
 */
@RuleInfo(
        id = "sql-index-redundant-prefix",
        title = "Index is a leading prefix of another index",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Drop the shorter index (DROP INDEX CONCURRENTLY ...) unless a measured query needs it.")
public final class IndexRedundantPrefixRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (CreateIndex create : context.statements(CreateIndex.class)) {
            IndexShapes.finalIndex(context, create)
                    .filter(f -> !f.index().unique() && f.index().method().equals("btree"))
                    .ifPresent(found -> check(context, create, found));
        }
    }

    private static void check(SqlContext context, CreateIndex create, Found found) {
        Index index = found.index();
        List<Part> parts = IndexShapes.parts(index);
        String prefix = "Index '" + index.name() + "' on '"
                + found.table().name().raw() + "' (" + IndexShapes.describe(parts) + ") is a leading prefix of ";
        if (index.where().isEmpty() && index.include().isEmpty()) {
            for (Key key : IndexShapes.keys(found.table())) {
                List<Part> longer = IndexShapes.parts(key);
                if (startsWith(longer, parts)) {
                    context.report(
                            create, prefix + "constraint '" + key.name() + "' (" + IndexShapes.describe(longer) + ")");
                    return;
                }
            }
        }
        for (Index other : found.table().indexes()) {
            if (!other.method().equals("btree") || other.elements().size() <= parts.size()) {
                continue; // cannot be longer: its parts are not worth building
            }
            List<Part> longer = IndexShapes.parts(other);
            if (startsWith(longer, parts)
                    && IndexShapes.samePredicate(index, other)
                    && covers(other, index.include())) {
                context.report(create, prefix + "index '" + other.name() + "' (" + IndexShapes.describe(longer) + ")");
                return;
            }
        }
    }

    /**
     * True when the longer keys start with the shorter ones, or with all of them in the opposite
     * direction (a b-tree scans both ways).
     */
    private static boolean startsWith(List<Part> longer, List<Part> shorter) {
        if (longer.size() <= shorter.size()) {
            return false;
        }
        List<Part> head = longer.subList(0, shorter.size());
        List<Part> reversed = shorter.stream()
                .map(p -> new Part(p.expression(), p.opclass(), !p.descending()))
                .toList();
        return head.equals(shorter) || head.equals(reversed);
    }

    /** True when the other index carries every INCLUDE column of the shorter one. */
    private static boolean covers(Index other, List<String> include) {
        Set<String> carried = new HashSet<>(other.include());
        other.leadingColumns().forEach(carried::add);
        return carried.containsAll(include);
    }
}
