package dev.archforge.cli;

import dev.archforge.engine.review.RuleCatalog;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.UsageException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archforge rules}: the rule catalogue. */
@Command(name = "rules", description = "List every rule: id, default severity, category and tags.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "text (default) or markdown.")
    String format = "text";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "text" -> text(out);
            case "markdown" -> markdown(out);
            default -> throw new UsageException("unknown format '" + format + "', expected text or markdown");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out) {
        int width = RuleCatalog.standard().all().stream()
                .mapToInt(r -> r.id().length())
                .max()
                .orElse(10);
        for (RuleDescriptor r : RuleCatalog.standard().all()) {
            out.printf(
                    "%-" + width + "s  %-7s  %-14s  %s%s%n",
                    r.id(),
                    r.severity().id(),
                    r.category().id(),
                    r.title(),
                    r.tags().isEmpty() ? "" : "  [" + String.join(", ", r.tags()) + "]");
        }
        out.println();
        out.println(RuleCatalog.standard().all().size() + " rules. 'archforge explain <id>' shows a rule's page.");
    }

    private static void markdown(PrintWriter out) {
        out.println("| Rule | Severity | Category | Tags | What it finds |");
        out.println("|---|---|---|---|---|");
        for (RuleDescriptor r : RuleCatalog.standard().all()) {
            out.println("| [`" + r.id() + "`](rules/" + r.id() + ".md) | "
                    + r.severity().id() + " | " + r.category().title() + " | " + String.join(", ", r.tags()) + " | "
                    + r.title() + " |");
        }
    }
}
