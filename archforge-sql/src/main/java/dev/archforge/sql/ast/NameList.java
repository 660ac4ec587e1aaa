package dev.archforge.sql.ast;

import java.util.List;

/**
 * A setting's value read as a list of names, the way PostgreSQL reads {@code search_path}: the word
 * {@code DEFAULT} alone, or words, quoted identifiers and string literals separated by commas
 * ({@code musicbrainz, public}, {@code "$user", public}, {@code ''}).
 *
 * @param isDefault the value is the word {@code DEFAULT} (as {@code RESET} sets it)
 * @param names the names as they mean: words folded to lower case, quotes and escapes removed;
 *     empty for {@code DEFAULT}
 */
public record NameList(boolean isDefault, List<String> names) {
    public NameList {
        names = List.copyOf(names);
    }
}
