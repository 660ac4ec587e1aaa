package dev.archforge.sql.rules;

import dev.archforge.lint.FindingSink;
import dev.archforge.lint.RuleContext;
import dev.archforge.lint.RuleOptions;
import dev.archforge.model.Location;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.schema.Schema;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a SQL rule sees while it runs on one file: the statements, the schema before and after
 * each, the schema the review ends with, the rule's options, and where to report. Reports honour
 * {@code -- archforge-ignore: rule-id reason} on the reported line, the statement's first line, or
 * the line before either.
 */
public final class SqlContext extends RuleContext {
    private final SqlFile file;
    private final Set<String> knownRuleIds;

    /** A context that does not know which rule ids exist (an ignore comment's ids are not judged). */
    public SqlContext(SqlFile file, String ruleId, RuleOptions options, FindingSink sink) {
        this(file, ruleId, options, sink, Set.of());
    }

    /** @param knownRuleIds the id of every SQL rule, which an ignore comment may name */
    public SqlContext(SqlFile file, String ruleId, RuleOptions options, FindingSink sink, Set<String> knownRuleIds) {
        super(ruleId, options, sink);
        this.file = file;
        this.knownRuleIds = Set.copyOf(knownRuleIds);
    }

    /** The id of every SQL rule; empty when the caller did not say. */
    public Set<String> knownRuleIds() {
        return knownRuleIds;
    }

    public SqlFile file() {
        return file;
    }

    public ReviewMode mode() {
        return file.mode();
    }

    /** Which tables the project says are large ({@code large-tables:}), so which are small. */
    public TableSizes tableSizes() {
        return file.tableSizes();
    }

    /** Every statement of the file, in order, including parse problems and psql meta-commands. */
    public List<Statement> statements() {
        return file.statements();
    }

    /** The statements of one kind, in order: {@code statements(CreateIndex.class)}. */
    public <T extends Statement> List<T> statements(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Statement s : file.statements()) {
            if (kind.isInstance(s)) {
                out.add(kind.cast(s));
            }
        }
        return out;
    }

    /** The schema just before {@code statement} ran: in migration mode, the live database then. */
    public Schema schemaBefore(Statement statement) {
        return file.schemaBefore(statement);
    }

    public Schema schemaAfter(Statement statement) {
        return file.schemaAfter(statement);
    }

    /** The schema the whole review ends with: what design rules judge. */
    public Schema finalSchema() {
        return file.finalSchema();
    }

    /**
     * True when a CREATE TABLE earlier in this file made the table {@code name}, so it is new and
     * empty when {@code statement} runs (no lock on live rows to worry about).
     */
    public boolean isCreatedEarlierInFile(QualifiedName name, Statement statement) {
        return schemaBefore(statement)
                .table(name)
                .filter(t -> t.declared() && t.origin().file().equals(file.name()))
                .isPresent();
    }

    /**
     * The key of the table {@code name} denotes in {@code statement}: through the search path in
     * force there, so two statements name the same table when their keys are equal.
     */
    public String tableKey(Statement statement, QualifiedName name) {
        return schemaBefore(statement).tableKey(name);
    }

    /**
     * The final form of the table that {@code name} denoted right after {@code statement}: the
     * same table after any later renames, or empty when it was dropped.
     */
    public Optional<Table> finalTable(Statement statement, QualifiedName name) {
        return file.finalTable(statement, name);
    }

    /** Reports on a whole statement, at its first token. */
    public void report(Statement statement, String message) {
        report(statement, statement.span(), message);
    }

    /** Reports on a part of a statement (a column, a constraint, an action). */
    public void report(Statement statement, Span at, String message) {
        if (ignored(at.line()) || ignored(statement.span().line())) {
            return;
        }
        sink().report(location(at), message);
    }

    /** Reports at a place that belongs to no statement (a problem in the text itself). */
    public void report(Span at, String message) {
        if (!ignored(at.line())) {
            sink().report(location(at), message);
        }
    }

    private boolean ignored(int line) {
        return file.ignores(ruleId(), line);
    }

    private Location location(Span s) {
        return new Location(file.name(), s.line(), s.column(), s.endLine(), s.endColumn(), Optional.empty());
    }
}
