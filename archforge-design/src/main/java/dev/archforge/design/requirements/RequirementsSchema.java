package dev.archforge.design.requirements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the requirements file, shipped in the jar so tools can write it
 * beside a drafted {@code archforge.yaml} or serve it. Its one source is
 * {@code docs/archforge-requirements.schema.json}; a test holds its properties to the loader's keys.
 */
public final class RequirementsSchema {
    /** The classpath resource holding the schema. */
    public static final String RESOURCE = "/archforge/schema/archforge-requirements.schema.json";

    /** The file name editors and {@code yaml-language-server} comments refer to. */
    public static final String FILE_NAME = "archforge-requirements.schema.json";

    private RequirementsSchema() {}

    /** The schema's JSON text. */
    public static String text() {
        try (InputStream in = RequirementsSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
