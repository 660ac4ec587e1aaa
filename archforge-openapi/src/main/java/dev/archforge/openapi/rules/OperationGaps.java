package dev.archforge.openapi.rules;

import dev.archforge.openapi.model.Operation;
import dev.archforge.source.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A gap checked per operation (no 404, no tags) is one decision when it holds for most operations
 * of a document: it is then reported once, on {@code paths}, naming the count and the operations
 * that do not share it, with every operation that does as a related location. A gap of a few
 * operations is reported on each of them.
 */
public final class OperationGaps {
    /** Fewer gaps than this are always reported one by one. */
    static final int GROUP_MIN = 5;
    /** Exceptions named in a grouped message before the rest are only counted. */
    static final int NAMED = 3;

    private OperationGaps() {}

    /**
     * Reports the gaps among the operations a rule applies to.
     *
     * @param applicable the operations the check applies to, in document order
     * @param gaps those of them that show the gap
     * @param each the message for one operation ({@code GET /pets/{id} declares no 404 response})
     * @param most the grouped problem after the count ({@code declare no 404 response})
     */
    public static void report(
            ApiContext context,
            List<Operation> applicable,
            List<Operation> gaps,
            Function<Operation, String> each,
            String most) {
        if (!groups(applicable.size(), gaps.size())) {
            for (Operation op : gaps) {
                context.report(op.node(), each.apply(op));
            }
            return;
        }
        Node at = context.api().root().get("paths").orElse(context.api().root());
        context.reportAll(at, message(applicable, gaps, most), nodes(gaps));
    }

    /** True when a gap shown by {@code gaps} of {@code applicable} operations is one document-wide decision. */
    public static boolean groups(int applicable, int gaps) {
        return gaps >= GROUP_MIN && gaps * 2 > applicable;
    }

    static String message(List<Operation> applicable, List<Operation> gaps, String most) {
        StringBuilder sb = new StringBuilder()
                .append(gaps.size())
                .append(" of ")
                .append(applicable.size())
                .append(" operations ")
                .append(most);
        List<Operation> others = new ArrayList<>(applicable);
        others.removeAll(gaps);
        if (others.isEmpty()) {
            return sb.toString();
        }
        sb.append(" (all but ");
        for (int i = 0; i < Math.min(NAMED, others.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append(others.get(i).label());
        }
        if (others.size() > NAMED) {
            sb.append(" and ").append(others.size() - NAMED).append(" more");
        }
        return sb.append(')').toString();
    }

    private static List<Node> nodes(List<Operation> ops) {
        List<Node> out = new ArrayList<>(ops.size());
        for (Operation op : ops) {
            out.add(op.node());
        }
        return out;
    }
}
