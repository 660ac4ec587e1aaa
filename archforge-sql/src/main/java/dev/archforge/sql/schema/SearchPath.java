package dev.archforge.sql.schema;

import dev.archforge.sql.ast.NameList;
import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where unqualified names live, as {@code SET search_path} left it. {@code "$user"},
 * {@code pg_catalog} and {@code pg_temp} are left out: the review knows no user, and the files
 * make no tables in the other two.
 *
 * @param lookup the schemas a look-up searches, in order; CREATE uses the first
 * @param outer the path a {@code SET LOCAL} replaced, in force again after COMMIT or ROLLBACK
 */
public record SearchPath(List<String> lookup, Optional<SearchPath> outer) {
    /** PostgreSQL's default, {@code "$user", public}, before any SET. */
    public static final SearchPath DEFAULT = new SearchPath(List.of(QualifiedName.DEFAULT_SCHEMA), Optional.empty());

    public SearchPath {
        lookup = List.copyOf(lookup);
    }

    /**
     * The schemas a SET value names, as the parser read it ({@code musicbrainz, public},
     * {@code "$user", public}, {@code ''}, {@code DEFAULT}), without those the review leaves out.
     */
    public static List<String> schemas(NameList value) {
        if (value.isDefault()) {
            return DEFAULT.lookup;
        }
        List<String> schemas = new ArrayList<>();
        for (String name : value.names()) {
            if (!ignored(name)) {
                schemas.add(name);
            }
        }
        return List.copyOf(schemas);
    }

    private static boolean ignored(String schema) {
        return schema.isEmpty()
                || schema.equals("$user")
                || schema.equals("pg_catalog")
                || schema.startsWith("pg_temp");
    }

    /** The schema CREATE puts a new unqualified name in; {@code public} when the path is empty. */
    public String creationSchema() {
        return lookup.isEmpty() ? QualifiedName.DEFAULT_SCHEMA : lookup.get(0);
    }

    /**
     * True when unqualified names resolve exactly as with no SET at all: in {@code public} (an
     * empty path, pg_dump's, resolves there too: the review falls back to {@code public}).
     */
    public boolean isDefault() {
        // asked on every name look-up: compared by hand, without List.equals' iterator
        return lookup.isEmpty() || (lookup.size() == 1 && lookup.get(0).equals(QualifiedName.DEFAULT_SCHEMA));
    }

    /** The path after {@code SET [LOCAL] search_path} to {@code schemas}. */
    SearchPath set(List<String> schemas, boolean local) {
        return new SearchPath(schemas, local ? Optional.of(outer.orElse(this)) : Optional.empty());
    }

    /** The path after COMMIT or ROLLBACK: a {@code SET LOCAL} ends there. */
    SearchPath endTransaction() {
        return outer.orElse(this);
    }
}
