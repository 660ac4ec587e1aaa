package dev.archforge.cli;

import dev.archforge.design.artifact.docs.DecisionsJson;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Warning;
import dev.archforge.engine.Engine;
import dev.archforge.engine.design.BlueprintFolder;
import dev.archforge.engine.design.DesignRequest;
import dev.archforge.engine.design.DesignResult;
import dev.archforge.engine.design.Requirements;
import dev.archforge.model.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archforge design}: requirements in, explained decisions and a blueprint folder out. */
@Command(
        name = "design",
        description = {
            "Design a backend from a requirements file: decisions with their trade-offs, a capacity plan, and a",
            "blueprint folder (OpenAPI, PostgreSQL DDL, diagrams, ADRs, security, operations, deployment files).",
            "Write the requirements with 'archforge init'; the format is in docs/requirements.md."
        })
final class DesignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "REQUIREMENTS",
            description = "The requirements file (default: archforge.yaml).")
    Path requirements = Path.of("archforge.yaml");

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Write the blueprint into DIR (created if missing; must be empty unless --force).")
    @Nullable
    Path out;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "What to print: text (default, a summary) or json (the decisions, for tools).")
    String format = "text";

    @Option(names = "--force", description = "Write into a folder that already holds files, replacing them.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "', expected text or json");
        }
        if (out != null) {
            BlueprintFolder.check(out, force);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        DesignResult result = new Engine().design(new DesignRequest(Requirements.of(requirements), out != null));
        Design design = result.design();
        for (Warning w : design.warnings()) {
            stderr.println(w.location() + ": warning: " + w.message() + " [" + w.id() + "]");
        }
        int files = 0;
        if (out != null) {
            Blueprint blueprint = result.blueprint().orElseThrow();
            BlueprintFolder.write(blueprint, out);
            files = blueprint.files().size();
        }
        if (format.equals("json")) {
            DecisionsJson.write(design, stdout);
        } else {
            summary(design, files, stdout);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private void summary(Design design, int files, PrintWriter stdout) {
        stdout.println(design.requirements().system().name() + ": "
                + design.architecture().style().title() + ", "
                + design.decisions().size() + " decisions");
        int width = design.decisions().stream()
                .mapToInt(d -> d.title().length())
                .max()
                .orElse(10);
        for (Decision d : design.decisions()) {
            stdout.printf("  %-" + width + "s  %s%n", d.title(), d.choice());
        }
        if (out != null) {
            stdout.println("Blueprint written to " + out + " (" + files + " files).");
        } else {
            stdout.println("Add --out DIR to write the blueprint.");
        }
        if (!design.questions().isEmpty()) {
            stdout.println(design.questions().size() + " open questions with assumed answers: see questions.md.");
        }
    }
}
