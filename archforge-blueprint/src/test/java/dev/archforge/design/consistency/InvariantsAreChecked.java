package dev.archforge.design.consistency;

import dev.archforge.design.artifact.domain.Invariants;
import dev.archforge.design.artifact.domain.Invariants.Invariant;
import dev.archforge.design.artifact.domain.Invariants.NotNegative;
import dev.archforge.design.artifact.domain.Invariants.Ordered;
import dev.archforge.design.artifact.domain.Invariants.Percentage;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.sql.schema.CheckConstraint;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a field means bounds its values ({@link Invariants}): amounts are positive, prices, totals,
 * quantities and stock never negative, percentages within 0-100, an end after its start. Each is a
 * CHECK constraint of the entity's table.
 */
final class InvariantsAreChecked implements Implication {
    @Override
    public String id() {
        return "invariants-are-checked";
    }

    @Override
    public String statement() {
        return "when a field is money, a quantity, a percentage or the end of a period, its table in"
                + " db/migration/V1__init.sql has the CHECK (amount > 0, quantity >= 0, ends_at > starts_at ...)";
    }

    @Override
    public boolean applies(Design design) {
        return design.requirements().entities().stream()
                .anyMatch(e -> !Invariants.of(e).isEmpty());
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        for (Entity e : files.design().requirements().entities()) {
            String name = Names.table(e.name());
            Optional<Table> table = files.sql().table(name);
            for (Invariant i : Invariants.of(e)) {
                String wanted = condition(i);
                boolean found = table.isPresent()
                        && table.get().checks().stream()
                                .map(CheckConstraint::expression)
                                .map(InvariantsAreChecked::normal)
                                .anyMatch(x -> x.contains(wanted));
                if (!found) {
                    out.add("table " + name + " has no CHECK (" + wanted + ")");
                }
            }
        }
        return out;
    }

    static String condition(Invariant i) {
        if (i instanceof NotNegative n) {
            return n.column() + (n.strict() ? ">" : ">=") + "0";
        }
        if (i instanceof Percentage p) {
            return p.column() + "<=100";
        }
        Ordered o = (Ordered) i;
        return o.column() + (o.strict() ? ">" : ">=") + Names.snake(o.earlier().name());
    }

    private static String normal(String expression) {
        return expression.toLowerCase(Locale.ROOT).replaceAll("[\\s()\"]", "");
    }
}
