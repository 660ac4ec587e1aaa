package dev.archforge.cli;

import dev.archforge.engine.Engine;
import dev.archforge.engine.review.RuleCatalog;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.UsageException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archforge explain <rule-id>}: prints a rule's documentation page. */
@Command(
        name = "explain",
        description = "Print the documentation page of a rule: why it matters, bad and good examples, how to fix.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'archforge rules' lists them.")
    String ruleId = "";

    @Override
    public Integer call() {
        RuleCatalog catalog = new Engine().rules();
        RuleDescriptor rule = catalog.find(ruleId)
                .orElseThrow(() -> new UsageException("unknown rule '" + ruleId + "'"
                        + catalog.closest(ruleId)
                                .map(best -> " (did you mean '" + best + "'?)")
                                .orElse("")
                        + "; 'archforge rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("severity: " + rule.severity().id() + "   category: "
                + rule.category().title() + (rule.tags().isEmpty() ? "" : "   tags: " + String.join(", ", rule.tags()))
                + "   since: " + rule.since());
        out.println();
        out.print(catalog.page(rule));
        out.flush();
        return ExitCodes.OK;
    }
}
