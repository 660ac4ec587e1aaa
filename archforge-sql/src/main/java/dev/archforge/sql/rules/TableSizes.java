package dev.archforge.sql.rules;

import dev.archforge.model.Setting;
import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which tables the project says are large ({@code large-tables:} in the configuration). A lock held
 * while PostgreSQL reads every row (validating a CHECK or a foreign key, SET NOT NULL, building an
 * index) stalls the service on a table of millions of rows and lasts moments on one of hundreds;
 * the schema does not tell them apart, so the project does. Once it names its large tables, every
 * other table is taken as small; when it names none ({@link #UNKNOWN}), any live table may be large.
 * A name written without a schema matches the table of that name in any schema.
 */
public final class TableSizes {
    /** The project did not say which tables are large. */
    public static final TableSizes UNKNOWN = new TableSizes(Optional.empty());

    private final Optional<List<String>> written;
    private final Set<String> keys = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    private TableSizes(Optional<List<String>> written) {
        this.written = written.map(List::copyOf);
        for (String table : written.orElse(List.of())) {
            List<String> parts = parts(table);
            String name = parts.get(parts.size() - 1);
            if (parts.size() == 1) {
                names.add(name);
            } else {
                keys.add(QualifiedName.key(parts.get(parts.size() - 2), name));
            }
        }
    }

    /** The sizes the configuration's {@code large-tables} states, or {@link #UNKNOWN}. */
    public static TableSizes of(Optional<List<String>> largeTables) {
        return largeTables.isEmpty() ? UNKNOWN : new TableSizes(largeTables);
    }

    /** True when the project named its large tables, so every other table is small. */
    public boolean known() {
        return written.isPresent();
    }

    /** True when the project lists the table with this schema key and (unqualified, normalized) name. */
    public boolean isLarge(String key, String name) {
        return keys.contains(key) || names.contains(name);
    }

    /** The setting as the reports show it, when the project states one. */
    public Optional<Setting> setting() {
        return written.map(tables -> new Setting(
                "large-tables",
                tables.isEmpty() ? "none" : String.join(", ", tables),
                "the lock rules judge other tables small"));
    }

    /** The parts of a possibly qualified name, as PostgreSQL reads them: unquoted ones in lower case. */
    static List<String> parts(String written) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < written.length() && written.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                    wasQuoted = true;
                }
            } else if (c == '.' && !quoted) {
                parts.add(normalized(part, wasQuoted));
                part.setLength(0);
                wasQuoted = false;
            } else {
                part.append(c);
            }
        }
        parts.add(normalized(part, wasQuoted));
        return parts;
    }

    private static String normalized(StringBuilder part, boolean quoted) {
        return quoted ? part.toString() : part.toString().toLowerCase(Locale.ROOT);
    }
}
