package dev.archforge.mcp.cancel;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * The response stream of one tool call, on which nothing more is written once the call is cancelled:
 * the stream then ends without the call's response. An event cut short is not an event to a client
 * (one ends at its blank line), so a cancellation in the middle of one is harmless too.
 */
final class SilencedResponse extends HttpServletResponseWrapper {
    private final Call call;
    private @Nullable PrintWriter writer;

    SilencedResponse(HttpServletResponse response, Call call) {
        super(response);
        this.call = call;
    }

    @Override
    public synchronized PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new Gate(super.getWriter(), call));
        }
        return writer;
    }

    /** Passes text on until the call is cancelled; reports a broken connection as the servlet's writer does. */
    private static final class Gate extends Writer {
        private final PrintWriter out;
        private final Call call;

        Gate(PrintWriter out, Call call) {
            this.out = out;
            this.call = call;
        }

        @Override
        public void write(char[] text, int off, int len) {
            if (!call.cancelled()) {
                out.write(text, off, len);
            }
        }

        @Override
        public void write(String text, int off, int len) {
            if (!call.cancelled()) {
                out.write(text, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (call.cancelled()) {
                return;
            }
            out.flush();
            if (out.checkError()) {
                throw new IOException("the client closed the connection");
            }
        }

        @Override
        public void close() {
            out.close();
        }
    }
}
