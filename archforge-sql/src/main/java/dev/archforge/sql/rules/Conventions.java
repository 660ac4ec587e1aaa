package dev.archforge.sql.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A choice a schema makes for many columns (serial keys, timestamps without time zone,
 * {@code varchar(255)}) judged against the schema's own convention over the whole review set.
 * When at least {@value #GROUP_FROM} columns make the choice and they outnumber the columns that
 * make the other one, it is the schema's convention: one finding, at the first such column, naming
 * the count. Otherwise each column that makes the choice is a finding of its own: it breaks the
 * schema's convention, or there are too few to call one.
 */
public final class Conventions {
    /** The fewest columns that make a choice a convention. */
    public static final int GROUP_FROM = 3;

    private Conventions() {}

    /**
     * One column choice across the review set.
     *
     * @param uses the columns that make the choice, first site of each column, in review order
     * @param alternatives how many columns make the other choice
     * @param first the file of the first use, where a grouped finding is reported
     */
    public record Tally(List<ColumnSite> uses, int alternatives, SqlFile first) {
        public Tally {
            uses = List.copyOf(uses);
        }

        public boolean convention() {
            return uses.size() >= GROUP_FROM && uses.size() > alternatives;
        }
    }

    /**
     * Reports {@code uses} columns of {@code context}'s file: one grouped finding when they are the
     * convention (worded by {@code grouped}), else one finding per column (worded by {@code single}).
     *
     * @param key the rule's own key for the tally it shares across the files of the set
     */
    public static void report(
            SqlContext context,
            Object key,
            BiPredicate<SqlFile, ColumnSite> uses,
            BiPredicate<SqlFile, ColumnSite> alternative,
            Function<ColumnSite, String> single,
            Function<Tally, String> grouped) {
        report(context, key, uses, alternative, Optional.of(single), grouped);
    }

    /**
     * As {@link #report(SqlContext, Object, BiPredicate, BiPredicate, Function, Function)}, but
     * without {@code single} a choice made by fewer columns than a convention is not reported: a
     * habit is the finding, a column or two is a choice.
     */
    public static void report(
            SqlContext context,
            Object key,
            BiPredicate<SqlFile, ColumnSite> uses,
            BiPredicate<SqlFile, ColumnSite> alternative,
            Optional<Function<ColumnSite, String>> single,
            Function<Tally, String> grouped) {
        Tally tally = context.file().derivedFromReviewSet(key, Tally.class, files -> tally(files, uses, alternative));
        if (tally.convention()) {
            if (tally.first() == context.file()) {
                ColumnSite first = tally.uses().get(0);
                context.report(first.statement(), first.span(), grouped.apply(tally));
            }
            return;
        }
        if (single.isEmpty()) {
            return;
        }
        for (ColumnSite site : ColumnSites.of(context)) {
            if (uses.test(context.file(), site)) {
                context.report(site.statement(), site.span(), single.get().apply(site));
            }
        }
    }

    private static Tally tally(
            List<SqlFile> files, BiPredicate<SqlFile, ColumnSite> uses, BiPredicate<SqlFile, ColumnSite> alternative) {
        List<ColumnSite> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> others = new HashSet<>();
        SqlFile first = null;
        for (SqlFile file : files) {
            for (ColumnSite site : ColumnSites.of(file)) {
                boolean use = uses.test(file, site);
                if (!use && !alternative.test(file, site)) {
                    continue;
                }
                // named only for the columns that count: most columns are neither (every rule sharing this walks them
                // all)
                String column = site.table().raw().toLowerCase(Locale.ROOT) + "." + site.column();
                if (use) {
                    if (seen.add(column)) {
                        found.add(site);
                        if (first == null) {
                            first = file;
                        }
                    }
                } else {
                    others.add(column);
                }
            }
        }
        return new Tally(found, others.size(), first == null ? files.get(0) : first);
    }

    /** "the first: 'id' of 'area'", naming where the grouped finding points. */
    public static String firstOf(Tally tally) {
        ColumnSite first = tally.uses().get(0);
        return "first '" + first.column() + "' of '" + first.table().raw() + "'";
    }
}
