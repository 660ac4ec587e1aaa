package dev.archforge.sql.parse;

import dev.archforge.sql.ast.NameList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a setting's value as a list of names, as PostgreSQL reads {@code search_path}. */
final class NameLists {
    private NameLists() {}

    /**
     * The names of a SET value ({@code musicbrainz, public}, {@code "$user", public}, {@code ''},
     * {@code DEFAULT}); empty when the value is not a list of names, such as a number or a psql
     * variable the review cannot know.
     */
    static Optional<NameList> read(String value) {
        List<Token> tokens = Lexer.tokenize(value);
        if (tokens.size() == 1 && tokens.get(0).is("default")) {
            return Optional.of(new NameList(true, List.of()));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i % 2 == 1) {
                if (!t.isSymbol(",")) {
                    return Optional.empty();
                }
            } else if (t.isIdentifier() || t.kind() == TokenKind.STRING) {
                names.add(t.value());
            } else {
                return Optional.empty();
            }
        }
        if (tokens.size() % 2 == 0 && !tokens.isEmpty()) {
            return Optional.empty(); // ends with a comma
        }
        return Optional.of(new NameList(false, names));
    }
}
