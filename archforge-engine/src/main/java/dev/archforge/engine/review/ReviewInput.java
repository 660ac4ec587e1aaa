package dev.archforge.engine.review;

import dev.archforge.source.SourceText;
import java.nio.file.Path;
import java.util.Locale;

/** One thing to review: a file or folder on disk, or a text held in memory under a file name. */
public sealed interface ReviewInput {

    /** A file or a folder; a folder is searched for API descriptions and SQL. */
    record OnDisk(Path path) implements ReviewInput {}

    /**
     * A text sent by a client. Its name says what it is ({@code .sql} is SQL, anything else an API
     * description or endpoint list) and names it in findings; it reaches no other file.
     */
    record InMemory(SourceText text) implements ReviewInput {
        public boolean isSql() {
            return ReviewInput.isSqlName(text.name());
        }
    }

    static ReviewInput of(Path path) {
        return new OnDisk(path);
    }

    static ReviewInput of(String name, String text) {
        return new InMemory(new SourceText(name, text));
    }

    /** True for the names SQL files have: {@code .sql}, and {@code .sql.postgres} as some projects write. */
    static boolean isSqlName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".sql") || n.endsWith(".sql.postgres");
    }
}
