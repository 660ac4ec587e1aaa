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
            code = ArchforgeCommand.run(args, out, err, System.console() != null);
            out.flush();
        } catch (Throwable t) { // NOPMD: an error while writing the report still ends in one line and 70
            code = ArchforgeCommand.internal(t, err);
        }
        err.flush();
        System.exit(code);
    }
}
