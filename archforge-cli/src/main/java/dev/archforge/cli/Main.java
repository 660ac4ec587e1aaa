package dev.archforge.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code archforge} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = ArchforgeCommand.run(args, out, err, terminal());
            out.flush();
        } catch (Throwable t) { // NOPMD: an error while writing the report still ends in one line and 70
            code = ArchforgeCommand.internal(t, err);
        }
        err.flush();
        System.exit(code);
    }

    /**
     * Whether stdin and stdout are a terminal, so that {@code init} may ask questions. Up to JDK 21 a
     * console exists only then; from JDK 22 one exists even when redirected, and only
     * {@code Console.isTerminal()} (JDK 22+, hence called reflectively) tells.
     */
    @SuppressWarnings("SystemConsoleNull") // the null check is right up to JDK 21; isTerminal() follows it
    private static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // JDK 17 to 21: the console exists, so it is a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
