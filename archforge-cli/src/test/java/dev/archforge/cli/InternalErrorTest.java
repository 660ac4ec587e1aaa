package dev.archforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Anything thrown is one line on standard error and exit 70, never a stack trace. */
class InternalErrorTest {
    @Test
    void anyThrowableIsOneLineAndExit70() {
        StringWriter err = new StringWriter();
        int code = ArchforgeCommand.internal(new OutOfMemoryError("Java heap space"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(70);
        assertThat(err.toString())
                .matches("archforge: out of memory \\(\\d+ MB heap\\); review fewer files at once"
                        + " or give Java more with JAVA_TOOL_OPTIONS=-Xmx2g\n");
        StringWriter err2 = new StringWriter();
        int code2 = ArchforgeCommand.internal(
                new IllegalStateException("boom\n\tat somewhere"), new PrintWriter(err2, true));
        assertThat(code2).isEqualTo(70);
        assertThat(err2.toString())
                .isEqualTo("archforge: internal error: IllegalStateException: boom (a bug in Archforge; set"
                        + " ARCHFORGE_DEBUG=1 for the stack trace and please report it)\n");
    }
}
