package dev.archforge.cli;

import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
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
        RuleDescriptor rule = Catalog.find(ruleId)
                .orElseThrow(() -> new UsageException(
                        "unknown rule '" + ruleId + "'" + closest(ruleId) + "; 'archforge rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("severity: " + rule.severity().id() + "   category: "
                + rule.category().title() + (rule.tags().isEmpty() ? "" : "   tags: " + String.join(", ", rule.tags()))
                + "   since: " + rule.since());
        out.println();
        out.print(page(rule.id()));
        out.flush();
        return ExitCodes.OK;
    }

    static String page(String id) {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("/archforge/rules/" + id + ".md")) {
            if (in == null) {
                throw new IllegalStateException("rule " + id + " has no documentation page in the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String closest(String id) {
        return Catalog.all().stream()
                .map(RuleDescriptor::id)
                .min(Comparator.comparingInt(candidate -> distance(candidate, id)))
                .filter(best -> distance(best, id) <= Math.max(3, id.length() / 3))
                .map(best -> " (did you mean '" + best + "'?)")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
