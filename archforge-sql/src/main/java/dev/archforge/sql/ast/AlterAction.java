package dev.archforge.sql.ast;

import java.util.Optional;

/** One action of an {@code ALTER TABLE}; actions the review does not model are {@link OtherAction}. */
public sealed interface AlterAction
        permits AlterAction.AddColumn,
                AlterAction.DropColumn,
                AlterAction.AlterColumnType,
                AlterAction.SetNotNull,
                AlterAction.DropNotNull,
                AlterAction.SetDefault,
                AlterAction.DropDefault,
                AlterAction.AddConstraint,
                AlterAction.ValidateConstraint,
                AlterAction.DropConstraint,
                AlterAction.RenameColumn,
                AlterAction.RenameTable,
                AlterAction.RenameConstraint,
                AlterAction.AttachPartition,
                AlterAction.DetachPartition,
                AlterAction.OtherAction {

    Span span();

    /** {@code ADD [COLUMN] [IF NOT EXISTS] column}. */
    record AddColumn(Column column, boolean ifNotExists, Span span) implements AlterAction {}

    /** {@code DROP [COLUMN] [IF EXISTS] column [CASCADE]}. */
    record DropColumn(Ident column, boolean ifExists, boolean cascade, Span span) implements AlterAction {}

    /** {@code ALTER [COLUMN] column [SET DATA] TYPE type [USING expression]}. */
    record AlterColumnType(Ident column, DataType type, Optional<String> using, Span span) implements AlterAction {}

    /** {@code ALTER [COLUMN] column SET NOT NULL}. */
    record SetNotNull(Ident column, Span span) implements AlterAction {}

    /** {@code ALTER [COLUMN] column DROP NOT NULL}. */
    record DropNotNull(Ident column, Span span) implements AlterAction {}

    /** {@code ALTER [COLUMN] column SET DEFAULT expression}. */
    record SetDefault(Ident column, String expression, Span span) implements AlterAction {}

    /** {@code ALTER [COLUMN] column DROP DEFAULT}. */
    record DropDefault(Ident column, Span span) implements AlterAction {}

    /** {@code ADD [CONSTRAINT name] constraint [NOT VALID]}. */
    record AddConstraint(TableConstraint constraint, boolean notValid, Span span) implements AlterAction {}

    /** {@code VALIDATE CONSTRAINT name}. */
    record ValidateConstraint(Ident name, Span span) implements AlterAction {}

    /** {@code DROP CONSTRAINT [IF EXISTS] name [CASCADE]}. */
    record DropConstraint(Ident name, boolean ifExists, boolean cascade, Span span) implements AlterAction {}

    /** {@code RENAME [COLUMN] from TO to}. */
    record RenameColumn(Ident from, Ident to, Span span) implements AlterAction {}

    /** {@code RENAME TO name}. */
    record RenameTable(Ident to, Span span) implements AlterAction {}

    /** {@code RENAME CONSTRAINT from TO to}. */
    record RenameConstraint(Ident from, Ident to, Span span) implements AlterAction {}

    /** {@code ATTACH PARTITION partition FOR VALUES ...|DEFAULT}; the bound is normalized text. */
    record AttachPartition(QualifiedName partition, String bound, Span span) implements AlterAction {}

    /** {@code DETACH PARTITION partition [CONCURRENTLY|FINALIZE]}. */
    record DetachPartition(QualifiedName partition, boolean concurrently, Span span) implements AlterAction {}

    /** Any other action ({@code OWNER TO}, {@code ENABLE TRIGGER}, {@code SET (...)}), as text. */
    record OtherAction(String text, Span span) implements AlterAction {}
}
