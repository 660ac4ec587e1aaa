package dev.archforge.mcp.cancel;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps a copy of the bytes read, so they can be read again ({@link ReplayedRequest}), up to a limit
 * past which reading fails: the copy never holds more than the servlet would accept.
 */
final class RecordingInputStream extends FilterInputStream {
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final int limit;

    RecordingInputStream(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            room(1);
            copy.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            room(n);
            copy.write(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must be replayed too: read them instead
        return Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void room(int n) throws IOException {
        if (copy.size() + n > limit) {
            throw new IOException("more than " + limit + " bytes read");
        }
    }

    byte[] recorded() {
        return copy.toByteArray();
    }
}
