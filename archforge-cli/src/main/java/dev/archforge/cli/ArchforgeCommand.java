package dev.archforge.cli;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code archforge}: the top-level command holding the subcommands. */
@Command(
        name = "archforge",
        mixinStandardHelpOptions = true,
        versionProvider = ArchforgeCommand.Version.class,
        description =
                "An expert backend architect you can run: designs backends from requirements and reviews API designs and database schemas.",
        footer = {
            "",
            "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error, 3 invalid input, 70 internal error."
        })
final class ArchforgeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: review, design, init, rules, explain or mcp");
    }

    /** The subcommands in the order help lists them, each made only when it is added. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> out = new LinkedHashMap<>();
        out.put("review", ReviewCommand::new);
        out.put("design", DesignCommand::new);
        out.put("init", InitCommand::new);
        out.put("rules", RulesCommand::new);
        out.put("explain", ExplainCommand::new);
        out.put("mcp", McpCommand::new);
        out.put("help", CommandLine.HelpCommand::new);
        return out;
    }

    /** Runs the command line and maps every outcome to an exit code; never throws. */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
        CommandLine cmd = new CommandLine(new ArchforgeCommand());
        // before the settings below, which reach only the subcommands present when they are made
        addSubcommands(cmd, args);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((e, a) -> {
            err.println("archforge: " + e.getMessage());
            err.println(usageHint(e.getCommandLine()));
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err));
        cmd.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommand() instanceof ReviewCommand review) {
                review.terminal = terminal;
            } else if (sub.getCommand() instanceof InitCommand init) {
                init.terminal = terminal;
                init.input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
        }
        int code;
        try {
            code = cmd.execute(args);
        } catch (Throwable t) { // NOPMD: the boundary where anything becomes an exit code
            code = internal(t, err);
        }
        out.flush();
        return code;
    }

    /** "Run 'archforge help review' for usage.", or "Run 'archforge help'" for the top-level command. */
    static String usageHint(CommandLine commandLine) {
        return commandLine.getParent() == null
                ? "Run 'archforge help' for usage."
                : "Run 'archforge help " + commandLine.getCommandName() + "' for usage.";
    }

    /**
     * Adds the subcommands: only the one the first argument names, when it names one other than
     * help, since no other can run then; else all of them, for help and usage errors. picocli reads
     * a command's annotations and loads its classes when it is added, which for all six took about
     * 40 ms of a two-second review.
     */
    private static void addSubcommands(CommandLine cmd, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        if (!first.equals("help") && SUBCOMMANDS.containsKey(first)) {
            cmd.addSubcommand(first, SUBCOMMANDS.get(first).get());
            return;
        }
        SUBCOMMANDS.forEach((name, command) -> cmd.addSubcommand(name, command.get()));
    }

    static int handle(Exception e, PrintWriter err) {
        if (e instanceof InvalidInputException invalid) {
            err.println(invalid.describe());
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof UsageException usage) {
            err.println("archforge: " + usage.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof OutputException output) {
            err.println("archforge: " + output.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        return internal(e, err);
    }

    /**
     * Anything else, an {@link OutOfMemoryError} included: one line and exit 70, the stack trace
     * only when asked for. Memory is named as what it is, with the way to give more.
     */
    static int internal(Throwable t, PrintWriter err) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof OutOfMemoryError)) {
            root = root.getCause();
        }
        if (t instanceof OutOfMemoryError || root instanceof OutOfMemoryError) {
            err.println("archforge: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap); review fewer files at once or give Java more with JAVA_TOOL_OPTIONS=-Xmx2g");
        } else {
            err.println("archforge: internal error: " + oneLine(t) + " (a bug in Archforge; set ARCHFORGE_DEBUG=1"
                    + " for the stack trace and please report it)");
        }
        if (System.getenv("ARCHFORGE_DEBUG") != null) {
            t.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        int nl = message.indexOf('\n');
        return t.getClass().getSimpleName() + (nl < 0 ? message : message.substring(0, nl));
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        static String version() {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("/archforge/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("version", "dev");
        }

        @Override
        public String[] getVersion() {
            return new String[] {"archforge " + version()};
        }
    }
}
