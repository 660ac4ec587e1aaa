package dev.archforge.sql.rules;

import dev.archforge.sql.ast.FirstReads;
import dev.archforge.sql.ast.ParsedScript;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.SourceProblem;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.schema.Origin;
import dev.archforge.sql.schema.Schema;
import dev.archforge.sql.schema.SchemaReplayer;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One SQL file ready for the rules: its statements, the schema before each of them, the schema
 * the whole review ends with, and its suppression comments.
 */
public final class SqlFile {
    private final String name;
    private final ParsedScript parsed;
    private final List<Statement> statements;
    private final List<Schema> schemas;
    private final Schema finalSchema;
    private final Map<Object, Object> sharedFacts;
    private final ReviewMode mode;
    private final TableSizes sizes;
    private final IdentityHashMap<Statement, Integer> index = new IdentityHashMap<>();
    private final Suppressions suppressions;
    private final Map<Class<?>, Object> facts = new ConcurrentHashMap<>();

    /**
     * @param schemas the schema before each statement, then the schema after the last one
     */
    public SqlFile(String name, ParsedScript parsed, List<Schema> schemas, Schema finalSchema, ReviewMode mode) {
        this(name, parsed, schemas, finalSchema, mode, TableSizes.UNKNOWN, new ConcurrentHashMap<>());
    }

    /**
     * @param sizes which tables the project says are large
     * @param sharedFacts values derived from the final schema, shared by every file of one review
     *     set (they all end with the same schema), so each is computed once per set
     */
    public SqlFile(
            String name,
            ParsedScript parsed,
            List<Schema> schemas,
            Schema finalSchema,
            ReviewMode mode,
            TableSizes sizes,
            Map<Object, Object> sharedFacts) {
        this.sharedFacts = sharedFacts;
        this.sizes = sizes;
        List<Statement> statements = parsed.statements();
        if (schemas.size() != statements.size() + 1) {
            throw new IllegalArgumentException("need one schema per statement and one after them, got " + schemas.size()
                    + " for " + statements.size() + " statements");
        }
        this.name = name;
        this.parsed = parsed;
        this.statements = statements;
        this.schemas = List.copyOf(schemas);
        this.finalSchema = finalSchema;
        this.mode = mode;
        for (int i = 0; i < statements.size(); i++) {
            index.put(statements.get(i), i);
        }
        this.suppressions = new Suppressions(parsed.comments());
    }

    /** Replays one parsed file on its own, starting from an empty schema. */
    public static SqlFile of(String name, ParsedScript parsed, ReviewMode mode) {
        return of(name, parsed, mode, TableSizes.UNKNOWN);
    }

    /** Replays one parsed file on its own, starting from an empty schema, with the tables' sizes. */
    public static SqlFile of(String name, ParsedScript parsed, ReviewMode mode, TableSizes sizes) {
        List<Schema> schemas = replay(Schema.EMPTY, name, parsed.statements());
        return new SqlFile(
                name, parsed, schemas, schemas.get(schemas.size() - 1), mode, sizes, new ConcurrentHashMap<>());
    }

    /**
     * The schema before each statement and after the last, starting from {@code start} in a new
     * session (the default search path: {@link SchemaReplayer#newSession}).
     */
    public static List<Schema> replay(Schema start, String file, List<Statement> statements) {
        List<Schema> out = new ArrayList<>(statements.size() + 1);
        Schema s = SchemaReplayer.newSession(start);
        out.add(s);
        for (Statement statement : statements) {
            s = SchemaReplayer.apply(s, file, statement);
            out.add(s);
        }
        return out;
    }

    public String name() {
        return name;
    }

    /** What no tokenizer could get past cleanly in the file's text, such as an unterminated string. */
    public List<SourceProblem> sourceProblems() {
        return parsed.problems();
    }

    /** Where the file's data statements (INSERT, UPDATE, CREATE TABLE ... AS...) first read. */
    public FirstReads firstReads() {
        return parsed.firstReads();
    }

    public List<Statement> statements() {
        return statements;
    }

    public ReviewMode mode() {
        return mode;
    }

    /** Which tables the project says are large. */
    public TableSizes tableSizes() {
        return sizes;
    }

    /**
     * A value derived from the final schema, computed once for all files of the review set (rules
     * ask for it from every file; recomputing it per file was quadratic in the number of files).
     */
    public <T> T derivedFromFinalSchema(Class<T> key, Function<Schema, T> compute) {
        return memo(sharedFacts, key, () -> compute.apply(finalSchema));
    }

    /**
     * Every file of the review set this file belongs to, in review order (this file alone when
     * it was prepared on its own): schema-wide conventions are judged over all of them.
     */
    public List<SqlFile> reviewSet() {
        return sharedFacts.get(ReviewSet.class) instanceof ReviewSet set ? set.files() : List.of(this);
    }

    /** Marks {@code files}, prepared with one shared-facts map, as one review set. */
    public static void formReviewSet(List<SqlFile> files) {
        if (!files.isEmpty()) {
            files.get(0).sharedFacts.put(ReviewSet.class, new ReviewSet(List.copyOf(files)));
        }
    }

    /**
     * A value derived from the whole review set, computed once for all its files under {@code key}
     * (a rule's own key, so two rules keep two values of the same type).
     */
    public <T> T derivedFromReviewSet(Object key, Class<T> type, Function<List<SqlFile>, T> compute) {
        Object value = sharedFacts.get(key);
        if (value == null) {
            value = compute.apply(reviewSet());
            Object raced = sharedFacts.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return type.cast(value);
    }

    private record ReviewSet(List<SqlFile> files) {}

    /**
     * A value derived from this file alone, computed once however many rules ask for it (nine
     * column-type rules read the same {@link ColumnSites}).
     */
    public <T> T derived(Class<T> key, Function<SqlFile, T> compute) {
        return memo(facts, key, () -> compute.apply(this));
    }

    /**
     * The value under {@code key}, computed on first use. Not {@code computeIfAbsent}: a computation
     * may ask for another fact of the same map, which that method forbids; two rules racing to
     * compute the same fact both compute it and keep the first.
     */
    private static <T> T memo(Map<? super Class<?>, Object> facts, Class<T> key, Supplier<T> compute) {
        Object value = facts.get(key);
        if (value == null) {
            value = compute.get();
            Object raced = facts.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return key.cast(value);
    }

    /**
     * The final form of the table that {@code name} denoted right after {@code statement}: the
     * same table after any later renames, or empty when it was dropped.
     */
    public Optional<Table> finalTable(Statement statement, QualifiedName name) {
        return schemaAfter(statement).table(name).flatMap(t -> finalTableCreatedAt(t.origin())
                // a table only altered so far (a folder in name order runs CreateFKConstraints.sql
                // before CreateTables.sql) is absorbed by the CREATE TABLE that comes later
                .or(() -> t.declared()
                        ? Optional.empty()
                        : finalSchema().table(t.key()).filter(Table::declared)));
    }

    /** The final table made by the CREATE TABLE at {@code origin}, from an index built once per set. */
    public Optional<Table> finalTableCreatedAt(Origin origin) {
        return Optional.ofNullable(derivedFromFinalSchema(TablesByOrigin.class, TablesByOrigin::of)
                .byOrigin()
                .get(origin));
    }

    private record TablesByOrigin(Map<Origin, Table> byOrigin) {
        static TablesByOrigin of(Schema schema) {
            Map<Origin, Table> index = new HashMap<>();
            for (Table t : schema.tablesByKey().values()) {
                index.putIfAbsent(t.origin(), t);
            }
            return new TablesByOrigin(Map.copyOf(index));
        }
    }

    public Schema finalSchema() {
        return finalSchema;
    }

    /** The schema before the file's first statement. */
    public Schema schemaAtStart() {
        return schemas.get(0);
    }

    /** The schema after the file's last statement. */
    public Schema schemaAtEnd() {
        return schemas.get(schemas.size() - 1);
    }

    public Schema schemaBefore(Statement statement) {
        return schemas.get(indexOf(statement));
    }

    public Schema schemaAfter(Statement statement) {
        return schemas.get(indexOf(statement) + 1);
    }

    private int indexOf(Statement statement) {
        Integer i = index.get(statement);
        if (i == null) {
            throw new IllegalArgumentException("statement is not from " + name + ": " + statement.span());
        }
        return i;
    }

    boolean ignores(String ruleId, int line) {
        return suppressions.ignores(ruleId, line);
    }

    /** The file's {@code -- archforge-ignore:} comments, in file order. */
    public List<IgnoreComment> ignoreComments() {
        return suppressions.comments();
    }
}
