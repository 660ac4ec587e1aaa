package dev.archforge.cli;

import dev.archforge.design.init.Fact;
import dev.archforge.design.init.InitResult;
import dev.archforge.design.init.Prompter;
import dev.archforge.design.plan.Question;
import dev.archforge.engine.Engine;
import dev.archforge.model.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archforge init}: a one-paragraph brief in, a drafted {@code archforge.yaml} out. */
@Command(
        name = "init",
        description = {
            "Draft archforge.yaml from a one-paragraph brief, then ask the few questions whose answers change the",
            "design. Without a terminal, or with --no-input, assumed answers are written into the file, marked,",
            "and the open questions are listed. Then run 'archforge design'."
        })
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @SuppressWarnings("NullAway.Init") // arity 1..*: picocli sets it or stops with a usage error
    @Parameters(arity = "1..*", paramLabel = "BRIEF", description = "What you are building, in your own words.")
    List<String> brief;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Where to write the requirements (default: archforge.yaml).")
    Path out = Path.of("archforge.yaml");

    @Option(names = "--no-input", description = "Ask nothing: assume defaults and list the open questions.")
    boolean noInput;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    /** Set by the entry point: questions are asked only when stdin and stdout are a terminal. */
    boolean terminal;

    /** Where answers come from when asking; set by the entry point to the console's input. */
    @Nullable
    BufferedReader input;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (Files.exists(out) && !force) {
            throw new UsageException(out + " exists; add --force to replace it or --out to write elsewhere");
        }
        boolean asking = terminal && !noInput;
        Prompter prompter =
                asking ? new ConsolePrompter(Objects.requireNonNull(input, "input"), stdout) : Prompter.noInput();
        InitResult result = new Engine().draft(String.join(" ", brief), prompter);
        try {
            Files.writeString(out, result.yaml());
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + e.getMessage());
        }
        stdout.println("Wrote " + out + " (domain: " + result.domain() + ", "
                + result.assumptions().size() + " assumed values marked '# assumed').");
        facts(result, stdout, spec.commandLine().getErr());
        if (!result.openQuestions().isEmpty()) {
            stdout.println("Open questions (answer them by editing the file, then remove the key from 'assumptions'):");
            for (Question q : result.openQuestions()) {
                stdout.println("  " + q.key() + ": " + q.text() + " Assumed: " + q.assumed() + ". Affects: "
                        + String.join(", ", q.affects()) + ".");
            }
        }
        stdout.println("Next: archforge design " + out + " --out blueprint");
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * The facts table: each value read from the brief with the brief's words, then each value assumed
     * with its default. A fact no key holds, or a stated value worth a second look, is a warning on
     * stderr.
     */
    private static void facts(InitResult result, PrintWriter stdout, PrintWriter stderr) {
        List<Fact> stated = result.facts().stream()
                .filter(f -> !f.key().equals(Fact.NO_KEY))
                .toList();
        int width = 0;
        for (Fact f : stated) {
            width = Math.max(width, f.key().length());
        }
        for (String key : result.assumed().keySet()) {
            width = Math.max(width, key.length());
        }
        if (!stated.isEmpty()) {
            stdout.println("Stated in the brief:");
            for (Fact f : stated) {
                stdout.println("  " + pad(f.key(), width) + "  " + f.shown() + "  (\"" + f.source() + "\")");
            }
        }
        if (!result.assumed().isEmpty()) {
            stdout.println("Assumed (defaults; marked in the file):");
            for (var e : result.assumed().entrySet()) {
                stdout.println("  " + pad(e.getKey(), width) + "  " + e.getValue());
            }
        }
        for (Fact f : result.facts()) {
            f.warning()
                    .ifPresent(w -> stderr.println("warning: \"" + f.source() + "\""
                            + (f.key().equals(Fact.NO_KEY) ? " sets no key: " : " (" + f.key() + "): ") + w));
        }
        stderr.flush();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Asks on the console, one line per answer; an empty line keeps the assumed value. */
    private record ConsolePrompter(BufferedReader in, PrintWriter out) implements Prompter {
        @Override
        public Optional<String> ask(Question question) {
            out.println();
            out.println(question.text());
            out.println("  (affects " + String.join(", ", question.affects()) + ")");
            out.print("  [" + question.assumed() + "] > ");
            out.flush();
            try {
                return Optional.ofNullable(in.readLine());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void rejected(Question question, String answer, String reason) {
            out.println("  '" + answer + "' was not accepted: " + reason);
        }
    }
}
