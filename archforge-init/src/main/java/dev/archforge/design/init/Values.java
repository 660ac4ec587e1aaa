package dev.archforge.design.init;

import java.math.BigDecimal;
import java.util.List;

/** Shows a drafted value in a question the way a person would type it. */
final class Values {
    private Values() {}

    static String show(Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d)
                    ? Long.toString(d.longValue())
                    : BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? "none"
                    : String.join(", ", list.stream().map(Values::show).toList());
        }
        return String.valueOf(value);
    }
}
