package dev.archforge.sql.schema;

import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterIndex;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.AlterType;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.CreateType;
import dev.archforge.sql.ast.DropIndex;
import dev.archforge.sql.ast.DropObject;
import dev.archforge.sql.ast.DropTable;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.SetParameter;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.ast.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies statements to a {@link Schema}: creates, alters, drops and renames of tables, columns,
 * constraints, indexes and enum types. Statements that do not change tables leave the schema as
 * it was (the same instance). A statement on a table the files never created makes an undeclared
 * table, so later indexes and constraints on it are still known.
 *
 * <p>{@code SET search_path} (also {@code SET SCHEMA}, {@code set_config('search_path', ...)},
 * {@code RESET}) changes where unqualified names resolve for the rest of the file, as in one psql
 * session: CREATE puts a new name in the path's first schema, and other statements find names
 * through the path ({@link Schema#table(QualifiedName)} says what the review adds to that for
 * files that rely on a path they do not show). Each file starts with the default path
 * ({@link #newSession}). With no SET, names resolve exactly as the keys say: unqualified ones in
 * {@code public}.
 */
public final class SchemaReplayer {
    private SchemaReplayer() {}

    /** Applies all statements of one file in order, in a {@linkplain #newSession new session}. */
    public static Schema replay(Schema start, String file, List<Statement> statements) {
        Schema s = newSession(start);
        for (Statement statement : statements) {
            s = apply(s, file, statement);
        }
        return s;
    }

    /** The schema after {@code statement}, which is in {@code file}. */
    public static Schema apply(Schema schema, String file, Statement statement) {
        Origin origin =
                new Origin(file, statement.span().line(), statement.span().column());
        if (statement instanceof CreateTable t) {
            return createTable(schema, origin, t);
        }
        if (statement instanceof AlterTable a) {
            return alterTable(schema, origin, a);
        }
        if (statement instanceof CreateIndex i) {
            return createIndex(schema, origin, i);
        }
        if (statement instanceof AlterIndex a
                && a.index().isPresent()
                && a.action() instanceof AlterIndex.Action.Rename r) {
            return renameIndex(schema, origin, a.index().get(), r.to());
        }
        if (statement instanceof DropIndex d) {
            return dropIndexes(schema, d);
        }
        if (statement instanceof DropTable d) {
            return dropTables(schema, d.names(), d.cascade());
        }
        if (statement instanceof CreateType t && t.kind() == CreateType.Kind.ENUM) {
            return EnumTypes.create(schema, t);
        }
        if (statement instanceof AlterType t) {
            return EnumTypes.alter(schema, t);
        }
        if (statement instanceof DropObject d && d.objectType().equals("type")) {
            return EnumTypes.drop(schema, d);
        }
        if (statement instanceof SetParameter p) {
            return setParameter(schema, p);
        }
        if (statement instanceof Transaction t
                && (t.kind() == Transaction.Kind.COMMIT || t.kind() == Transaction.Kind.ROLLBACK)) {
            return schema.withSearchPath(schema.searchPath().endTransaction());
        }
        return schema;
    }

    /**
     * The schema as a new session sees it: with the default search path. Each file starts one,
     * as when psql runs each file, or Flyway, which restores the search path after each
     * migration.
     */
    public static Schema newSession(Schema schema) {
        return schema.withSearchPath(SearchPath.DEFAULT);
    }

    /** {@code SET [LOCAL] search_path}; {@code RESET ALL} too. Other settings change no name. */
    private static Schema setParameter(Schema schema, SetParameter p) {
        if (p.name().equals("all") && p.value().equalsIgnoreCase("default")) {
            return newSession(schema);
        }
        if (!p.name().equals("search_path")) {
            return schema;
        }
        return p.list()
                .map(SearchPath::schemas)
                .map(schemas -> schema.withSearchPath(schema.searchPath().set(schemas, p.local())))
                .orElse(schema);
    }

    private static Schema createTable(Schema schema, Origin origin, CreateTable t) {
        String in = schema.tableCreationSchema(t.name());
        Optional<Table> existing = schema.table(QualifiedName.key(in, t.name().name()));
        if (t.ifNotExists() && existing.filter(Table::declared).isPresent()) {
            return schema;
        }
        TableBuilder b = new TableBuilder(t.name(), in, origin, true);
        b.temporary = t.temporary();
        b.partitioned = t.partitionBy().isPresent();
        b.partitionOf = t.partitionOf().map(schema::tableKey);
        List<QualifiedName> sources = new ArrayList<>(t.likes());
        t.partitionOf().ifPresent(sources::add);
        sources.addAll(t.inherits());
        for (QualifiedName source : sources) {
            schema.table(source).ifPresent(p -> b.columns.addAll(p.columns()));
        }
        for (Column c : t.columns()) {
            if (b.column(c.name().value()).isPresent()) {
                b.setNotNull(c.name().value(), c.notNull());
                c.constraints()
                        .forEach(k ->
                                b.addConstraint(k, true, Optional.of(c.name().value()), schema));
            } else {
                b.addColumn(c, schema);
            }
        }
        for (TableConstraint c : t.constraints()) {
            b.addConstraint(c, true, Optional.empty(), schema);
        }
        existing.filter(e -> !e.declared()).ifPresent(b::absorb);
        return schema.withTable(b.build());
    }

    private static Schema alterTable(Schema schema, Origin origin, AlterTable a) {
        Optional<Table> existing = schema.table(a.table());
        if (existing.isEmpty()
                && a.actions().size() == 1
                && a.actions().get(0) instanceof AlterAction.RenameTable r
                && schema.tableOfIndex(a.table()).isPresent()) {
            // ALTER TABLE renames any relation, an index too
            return renameIndex(schema, origin, a.table(), r.to());
        }
        if (existing.isEmpty() && a.ifExists()) {
            return schema;
        }
        TableBuilder b = existing.map(TableBuilder::new)
                .orElseGet(() -> new TableBuilder(a.table(), schema.tableSchema(a.table()), origin, false));
        String oldKey = b.key();
        PersistentMap<Table> tables = schema.tablesByKey();
        for (AlterAction action : a.actions()) {
            tables = apply(schema, b, tables, action);
        }
        Table table = b.build();
        // a rename moves the table; otherwise it is replaced in place, which rebuilds one path only
        tables = (table.key().equals(oldKey) ? tables : tables.without(oldKey)).with(table.key(), table);
        if (!table.key().equals(oldKey)) {
            tables = retarget(tables, oldKey, table.key());
        }
        return schema.withTables(tables);
    }

    /**
     * Applies one action to the table being altered; returns the other tables, changed or not.
     * {@code schema}, as the statement found it, resolves the names the action holds.
     */
    private static PersistentMap<Table> apply(
            Schema schema, TableBuilder b, PersistentMap<Table> tables, AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            b.addColumn(add.column(), schema);
        } else if (action instanceof AlterAction.DropColumn drop) {
            b.dropColumn(drop.column().value());
        } else if (action instanceof AlterAction.AlterColumnType type) {
            b.setType(type.column().value(), type.type());
        } else if (action instanceof AlterAction.SetNotNull set) {
            b.setNotNull(set.column().value(), true);
        } else if (action instanceof AlterAction.DropNotNull drop) {
            b.setNotNull(drop.column().value(), false);
        } else if (action instanceof AlterAction.SetDefault set) {
            b.setDefault(set.column().value(), Optional.of(set.expression()));
        } else if (action instanceof AlterAction.DropDefault drop) {
            b.setDefault(drop.column().value(), Optional.empty());
        } else if (action instanceof AlterAction.AddConstraint add) {
            b.addConstraint(add.constraint(), !add.notValid(), Optional.empty(), schema);
        } else if (action instanceof AlterAction.ValidateConstraint v) {
            b.validateConstraint(v.name().value());
        } else if (action instanceof AlterAction.DropConstraint drop) {
            b.dropConstraint(drop.name().value());
        } else if (action instanceof AlterAction.RenameColumn r) {
            b.renameColumn(r.from().value(), r.to().value());
        } else if (action instanceof AlterAction.RenameConstraint r) {
            b.renameConstraint(r.from().value(), r.to().value());
        } else if (action instanceof AlterAction.RenameTable r) {
            b.name = b.name.withName(r.to());
        } else if (action instanceof AlterAction.AttachPartition attach) {
            return setPartitionOf(tables, schema.tableKey(attach.partition()), Optional.of(b.key()));
        } else if (action instanceof AlterAction.DetachPartition detach) {
            return setPartitionOf(tables, schema.tableKey(detach.partition()), Optional.empty());
        }
        return tables;
    }

    private static PersistentMap<Table> setPartitionOf(
            PersistentMap<Table> tables, String partition, Optional<String> parent) {
        Table t = tables.get(partition);
        if (t == null) {
            return tables;
        }
        TableBuilder b = new TableBuilder(t);
        b.partitionOf = parent;
        return tables.with(partition, b.build());
    }

    /** Points foreign keys at a renamed table. */
    private static PersistentMap<Table> retarget(PersistentMap<Table> tables, String oldKey, String newKey) {
        PersistentMap<Table> out = tables;
        for (Table t : tables.values()) {
            if (t.foreignKeys().stream().noneMatch(f -> f.referencedTable().equals(oldKey))) {
                continue;
            }
            TableBuilder b = new TableBuilder(t);
            b.foreignKeys.replaceAll(f -> f.referencedTable().equals(oldKey)
                    ? new ForeignKey(f.name(), f.columns(), newKey, f.referencedColumns(), f.onDelete(), f.valid())
                    : f);
            out = out.with(t.key(), b.build());
        }
        return out;
    }

    private static Schema createIndex(Schema schema, Origin origin, CreateIndex i) {
        if (i.ifNotExists()
                && i.name().isPresent()
                && schema.tableOfIndex(i.table().withName(i.name().get()), false)
                        .isPresent()) {
            return schema;
        }
        TableBuilder b = schema.table(i.table())
                .map(TableBuilder::new)
                .orElseGet(() -> new TableBuilder(i.table(), schema.tableSchema(i.table()), origin, false));
        String name = i.name().map(Ident::value).orElseGet(() -> defaultIndexName(b, i));
        b.indexes.removeIf(x -> x.name().equals(name));
        b.indexes.add(new Index(
                name,
                i.unique(),
                i.method().orElse("btree"),
                i.elements(),
                TableBuilder.values(i.include()),
                i.where(),
                origin));
        return schema.withTable(b.build());
    }

    /**
     * {@code ALTER INDEX name RENAME TO to}: the index keeps its table and schema; the index of a
     * primary key or unique constraint renames the constraint. ALTER INDEX renames a table too
     * when the name is a table's, as PostgreSQL allows; an index the files never showed is left
     * alone.
     */
    private static Schema renameIndex(Schema schema, Origin origin, QualifiedName name, Ident to) {
        Optional<Table> holder = schema.tableOfIndex(name);
        if (holder.isPresent()) {
            TableBuilder b = new TableBuilder(holder.get());
            b.renameIndex(name.name(), to.value());
            return schema.withTable(b.build());
        }
        if (schema.table(name).isPresent()) {
            AlterAction rename = new AlterAction.RenameTable(to, name.span());
            return alterTable(schema, origin, new AlterTable(name, false, false, List.of(rename), name.span()));
        }
        return schema;
    }

    private static String defaultIndexName(TableBuilder b, CreateIndex i) {
        List<String> parts = new ArrayList<>();
        i.elements().forEach(e -> parts.add(e.column().map(Ident::value).orElse("expr")));
        return b.name.name() + "_" + String.join("_", parts) + "_idx";
    }

    private static Schema dropIndexes(Schema schema, DropIndex d) {
        Schema s = schema;
        for (QualifiedName name : d.names()) {
            Optional<Table> table = s.tableOfIndex(name, false);
            if (table.isPresent()) {
                TableBuilder b = new TableBuilder(table.get());
                b.indexes.removeIf(x -> x.name().equals(name.name()));
                s = s.withTable(b.build());
            }
        }
        return s;
    }

    private static Schema dropTables(Schema schema, List<QualifiedName> names, boolean cascade) {
        PersistentMap<Table> tables = schema.tablesByKey();
        for (QualifiedName n : names) {
            String key = schema.tableKey(n);
            tables = tables.without(key);
            if (cascade) {
                for (Table t : tables.values()) {
                    if (t.foreignKeys().stream()
                            .noneMatch(f -> f.referencedTable().equals(key))) {
                        continue;
                    }
                    TableBuilder b = new TableBuilder(t);
                    b.foreignKeys.removeIf(f -> f.referencedTable().equals(key));
                    tables = tables.with(t.key(), b.build());
                }
            }
        }
        return schema.withTables(tables);
    }
}
