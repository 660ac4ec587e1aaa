package dev.archforge.source;

import dev.archforge.model.InvalidInputException;
import dev.archforge.model.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a JSON or YAML file into a {@link Document}. JSON is recognised by its first character and
 * read with Jackson (faster, exact positions); anything else is read as YAML. Every problem with
 * the input becomes an {@link InvalidInputException} that says where and what was expected.
 */
public final class DocumentReader {
    private final Limits limits;

    public DocumentReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads {@code path}, naming it {@code displayName} in locations. */
    public Document read(Path path, String displayName) {
        return parse(displayName, readBytes(path, displayName));
    }

    /** Reads a file's bytes, refusing what is missing, a directory or over the size limit. */
    public byte[] readBytes(Path path, String displayName) {
        Location whole = Location.ofFile(displayName);
        try {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(whole, "is a directory, expected a file");
            }
            if (!Files.exists(path)) {
                throw new InvalidInputException(whole, "no such file");
            }
            if (!Files.isRegularFile(path)) {
                throw new InvalidInputException(whole, FileProblems.NOT_REGULAR);
            }
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new InvalidInputException(
                        whole,
                        "file is " + megabytes(size) + " MB, over the limit of " + megabytes(limits.maxBytes())
                                + " MB (raise it with --max-file-size)");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(whole, "no such file", e);
        } catch (IOException e) {
            throw new InvalidInputException(whole, "cannot read the file: " + FileProblems.reason(e), e);
        }
    }

    /**
     * The bytes of a text held in memory, refused over the size limit as a file would be.
     */
    public byte[] bytesOf(SourceText text) {
        byte[] bytes = text.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > limits.maxBytes()) {
            throw new InvalidInputException(
                    Location.ofFile(text.name()),
                    "text is " + megabytes(bytes.length) + " MB, over the limit of " + megabytes(limits.maxBytes())
                            + " MB");
        }
        return bytes;
    }

    /** Parses bytes already read. JSON goes straight to Jackson, which decodes and checks UTF-8 itself. */
    public Document parse(String displayName, byte[] bytes) {
        refuseBinary(displayName, bytes);
        int first = firstNonBlank(bytes);
        if (first < 0) {
            throw new InvalidInputException(
                    Location.ofFile(displayName), "the file is empty, expected a JSON or YAML document");
        }
        if (bytes[first] == '{' || bytes[first] == '[') {
            // Jackson counts columns in the units it reads: bytes are characters only in ASCII
            return isAscii(bytes)
                    ? JsonReader.read(displayName, bytes, limits)
                    : JsonReader.read(displayName, decode(displayName, bytes).toCharArray(), limits);
        }
        return YamlReader.read(displayName, decode(displayName, bytes), limits);
    }

    private static int firstNonBlank(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static void refuseBinary(String displayName, byte[] bytes) {
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new InvalidInputException(
                        Location.ofFile(displayName), "binary file, expected UTF-8 text (JSON or YAML)");
            }
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes UTF-8 text, refusing binary content and pointing at the first byte that is not UTF-8. */
    public static String decode(String displayName, byte[] bytes) {
        refuseBinary(displayName, bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidInputException(
                    badByte(displayName, bytes, in.position()), "not valid UTF-8 text, expected JSON or YAML");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line and character column of the byte at {@code offset}. */
    public static Location badByte(String displayName, byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return Location.at(displayName, line, column);
    }

    private static String megabytes(long bytes) {
        return Long.toString((bytes + 512 * 1024) / (1024 * 1024));
    }
}
