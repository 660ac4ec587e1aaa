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
                spec.commandLine(), "a command is required: review, design, init, rules or explain");
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
        cmd.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cmd.setParameterExceptionHandler((e, a) -> {
            err.println("archforge: " + e.getMessage());
            err.println("Run 'archforge help " + e.getCommandLine().getCommandName() + "' for usage.");
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommand() instanceof ReviewCommand review) {
                review.terminal = terminal;
            } else if (sub.getCommand() instanceof InitCommand init) {
                init.terminal = terminal;
                init.input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
        }
        int code = cmd.execute(args);
        out.flush();
        return code;
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
        err.println("archforge: internal error: " + e);
        if (System.getenv("ARCHFORGE_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("This is a bug in Archforge. Set ARCHFORGE_DEBUG=1 for the stack trace and please report it.");
        }
        return ExitCodes.INTERNAL;
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
