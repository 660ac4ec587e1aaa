package dev.archforge.design.decision;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the {@link DecisionRules} in order over one set of requirements. */
public final class DecisionEngine {
    /** The decisions, presented by area (run order within an area), and the architecture they add up to. */
    public record Result(List<Decision> decisions, Architecture architecture) {
        public Result {
            decisions = List.copyOf(decisions);
        }
    }

    public Result decide(Requirements requirements, Load load) {
        DesignContext context = new DesignContext(requirements, load);
        for (DecisionRule rule : DecisionRules.all()) {
            if (rule.applies(context)) {
                context.record(rule.decide(context).toDecision(DecisionRules.info(rule)));
            }
        }
        List<Decision> decisions = new ArrayList<>(context.decisions());
        decisions.sort(Comparator.comparing(Decision::area));
        return new Result(decisions, context.parts().build());
    }
}
