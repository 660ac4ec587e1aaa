package dev.archforge.sql.schema;

import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.DataType;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.IndexElement;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A table being changed by one statement; becomes a {@link Table} again when done. */
final class TableBuilder {
    QualifiedName name;
    final String schema;
    final Origin origin;
    final boolean declared;
    final List<TableColumn> columns;
    Optional<Key> primaryKey;
    final List<Key> uniqueKeys;
    final List<ForeignKey> foreignKeys;
    final List<CheckConstraint> checks;
    final List<Index> indexes;
    Optional<String> partitionOf;
    boolean partitioned;
    boolean temporary;

    TableBuilder(QualifiedName name, String schema, Origin origin, boolean declared) {
        this(new Table(
                name,
                schema,
                origin,
                declared,
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                false,
                false));
    }

    TableBuilder(Table t) {
        name = t.name();
        schema = t.schema();
        origin = t.origin();
        declared = t.declared();
        columns = new ArrayList<>(t.columns());
        primaryKey = t.primaryKey();
        uniqueKeys = new ArrayList<>(t.uniqueKeys());
        foreignKeys = new ArrayList<>(t.foreignKeys());
        checks = new ArrayList<>(t.checks());
        indexes = new ArrayList<>(t.indexes());
        partitionOf = t.partitionOf();
        partitioned = t.partitioned();
        temporary = t.temporary();
    }

    Table build() {
        return new Table(
                name,
                schema,
                origin,
                declared,
                columns,
                primaryKey,
                uniqueKeys,
                foreignKeys,
                checks,
                indexes,
                partitionOf,
                partitioned,
                temporary);
    }

    /** The key the table is filed under, as it stands. */
    String key() {
        return QualifiedName.key(schema, name.name());
    }

    /** Adds a column; {@code names} resolves the tables its constraints reference. */
    void addColumn(Column c, Schema names) {
        if (column(c.name().value()).isPresent()) {
            return;
        }
        boolean notNull = c.notNull() || c.primaryKey() || c.identity().isPresent();
        columns.add(new TableColumn(c.name().value(), c.type(), notNull, c.defaultValue(), c.hasDefault()));
        for (TableConstraint constraint : c.constraints()) {
            addConstraint(constraint, true, Optional.of(c.name().value()), names);
        }
    }

    /**
     * Takes what statements said about this table before its CREATE TABLE was seen (files of a
     * schema folder need not come in dependency order).
     */
    void absorb(Table undeclared) {
        undeclared.columns().stream().filter(c -> column(c.name()).isEmpty()).forEach(columns::add);
        primaryKey = primaryKey.or(undeclared::primaryKey);
        uniqueKeys.addAll(undeclared.uniqueKeys());
        foreignKeys.addAll(undeclared.foreignKeys());
        checks.addAll(undeclared.checks());
        indexes.addAll(undeclared.indexes());
        primaryKey.ifPresent(k -> k.columns().forEach(c -> setNotNull(c, true)));
    }

    Optional<TableColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    void updateColumn(String columnName, UnaryOperator<TableColumn> change) {
        columns.replaceAll(c -> c.name().equals(columnName) ? change.apply(c) : c);
    }

    void setType(String columnName, DataType type) {
        updateColumn(
                columnName,
                c -> new TableColumn(c.name(), Optional.of(type), c.notNull(), c.defaultValue(), c.hasDefault()));
    }

    void setNotNull(String columnName, boolean notNull) {
        updateColumn(columnName, c -> new TableColumn(c.name(), c.type(), notNull, c.defaultValue(), c.hasDefault()));
    }

    void setDefault(String columnName, Optional<String> expression) {
        updateColumn(
                columnName, c -> new TableColumn(c.name(), c.type(), c.notNull(), expression, expression.isPresent()));
    }

    /**
     * Adds a constraint; {@code column} is the column of an inline constraint, for its default
     * name, and {@code names} the schema that resolves the table a foreign key references.
     */
    void addConstraint(TableConstraint constraint, boolean valid, Optional<String> column, Schema names) {
        String table = name.name();
        if (constraint instanceof TableConstraint.PrimaryKey pk) {
            List<String> cols = pk.usingIndex().map(this::takeIndexColumns).orElse(values(pk.columns()));
            primaryKey = Optional.of(new Key(name(pk.name(), pk.usingIndex(), table + "_pkey"), cols));
            cols.forEach(c -> setNotNull(c, true));
        } else if (constraint instanceof TableConstraint.Unique u) {
            List<String> cols = u.usingIndex().map(this::takeIndexColumns).orElse(values(u.columns()));
            uniqueKeys.add(
                    new Key(name(u.name(), u.usingIndex(), table + "_" + String.join("_", cols) + "_key"), cols));
        } else if (constraint instanceof TableConstraint.ForeignKey fk) {
            List<String> cols = values(fk.columns());
            String defaultName = table + "_" + String.join("_", cols) + "_fkey";
            foreignKeys.add(new ForeignKey(
                    fk.name().map(Ident::value).orElse(defaultName),
                    cols,
                    names.tableKey(fk.references().table()),
                    values(fk.references().columns()),
                    fk.references().onDelete(),
                    valid));
        } else if (constraint instanceof TableConstraint.Check ck) {
            String defaultName = table + column.map(c -> "_" + c).orElse("") + "_check";
            checks.add(new CheckConstraint(ck.name().map(Ident::value).orElse(defaultName), ck.expression(), valid));
        } else if (constraint instanceof TableConstraint.Exclude ex) {
            checks.add(new CheckConstraint(ex.name().map(Ident::value).orElse(table + "_excl"), ex.text(), true));
        }
    }

    private static String name(Optional<Ident> given, Optional<Ident> usingIndex, String fallback) {
        return given.or(() -> usingIndex).map(Ident::value).orElse(fallback);
    }

    /** {@code ... USING INDEX name}: the index becomes the constraint's, so it leaves the list. */
    private List<String> takeIndexColumns(Ident index) {
        for (Index i : indexes) {
            if (i.name().equals(index.value())) {
                indexes.remove(i);
                return i.leadingColumns();
            }
        }
        return List.of();
    }

    boolean dropConstraint(String constraintName) {
        boolean found = primaryKey.filter(k -> k.name().equals(constraintName)).isPresent();
        if (found) {
            primaryKey = Optional.empty();
        }
        found |= uniqueKeys.removeIf(k -> k.name().equals(constraintName));
        found |= foreignKeys.removeIf(k -> k.name().equals(constraintName));
        found |= checks.removeIf(k -> k.name().equals(constraintName));
        return found;
    }

    void validateConstraint(String constraintName) {
        foreignKeys.replaceAll(f -> f.name().equals(constraintName)
                ? new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), true)
                : f);
        checks.replaceAll(
                c -> c.name().equals(constraintName) ? new CheckConstraint(c.name(), c.expression(), true) : c);
    }

    void renameConstraint(String from, String to) {
        primaryKey = primaryKey.map(k -> k.name().equals(from) ? new Key(to, k.columns()) : k);
        uniqueKeys.replaceAll(k -> k.name().equals(from) ? new Key(to, k.columns()) : k);
        foreignKeys.replaceAll(f -> f.name().equals(from)
                ? new ForeignKey(to, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.valid())
                : f);
        checks.replaceAll(c -> c.name().equals(from) ? new CheckConstraint(to, c.expression(), c.valid()) : c);
    }

    /**
     * Renames an index; the index of a primary key or unique constraint is the constraint's, so
     * the constraint is renamed with it, as PostgreSQL does.
     */
    void renameIndex(String from, String to) {
        indexes.replaceAll(i -> i.name().equals(from) ? i.withName(to) : i);
        primaryKey = primaryKey.map(k -> k.name().equals(from) ? new Key(to, k.columns()) : k);
        uniqueKeys.replaceAll(k -> k.name().equals(from) ? new Key(to, k.columns()) : k);
    }

    /** Drops a column with the keys, foreign keys and indexes that use it, as PostgreSQL does. */
    void dropColumn(String column) {
        columns.removeIf(c -> c.name().equals(column));
        if (primaryKey.filter(k -> k.columns().contains(column)).isPresent()) {
            primaryKey = Optional.empty();
        }
        uniqueKeys.removeIf(k -> k.columns().contains(column));
        foreignKeys.removeIf(f -> f.columns().contains(column));
        indexes.removeIf(i -> i.elements().stream()
                        .anyMatch(e ->
                                e.column().map(Ident::value).map(column::equals).orElse(false))
                || i.include().contains(column));
    }

    void renameColumn(String from, String to) {
        updateColumn(from, c -> new TableColumn(to, c.type(), c.notNull(), c.defaultValue(), c.hasDefault()));
        UnaryOperator<List<String>> rename =
                cols -> cols.stream().map(c -> c.equals(from) ? to : c).toList();
        primaryKey = primaryKey.map(k -> new Key(k.name(), rename.apply(k.columns())));
        uniqueKeys.replaceAll(k -> new Key(k.name(), rename.apply(k.columns())));
        foreignKeys.replaceAll(f -> new ForeignKey(
                f.name(),
                rename.apply(f.columns()),
                f.referencedTable(),
                f.referencedColumns(),
                f.onDelete(),
                f.valid()));
        indexes.replaceAll(i -> new Index(
                i.name(),
                i.unique(),
                i.method(),
                i.elements().stream().map(e -> renameElement(e, from, to)).toList(),
                rename.apply(i.include()),
                i.where(),
                i.origin()));
    }

    private static IndexElement renameElement(IndexElement e, String from, String to) {
        if (e.column().map(Ident::value).map(from::equals).orElse(false)) {
            return new IndexElement(
                    to, Optional.of(Ident.of(to)), e.collation(), e.opclass(), e.descending(), e.span());
        }
        return e;
    }

    static List<String> values(List<Ident> idents) {
        return idents.stream().map(Ident::value).toList();
    }
}
