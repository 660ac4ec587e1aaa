package dev.archforge.sql.ast;

/**
 * One statement of a SQL file. Each kind is a record with the parts the review reads; every
 * statement knows its {@link Span}.
 */
public sealed interface Statement
        permits AlterIndex,
                AlterTable,
                AlterType,
                CommentOn,
                Copy,
                CreateExtension,
                CreateFunction,
                CreateIndex,
                CreateSchema,
                CreateSequence,
                CreateTable,
                CreateTrigger,
                CreateType,
                CreateView,
                Delete,
                DoBlock,
                DropIndex,
                DropObject,
                DropTable,
                Insert,
                Maintenance,
                Other,
                ParseProblem,
                Privilege,
                PsqlMeta,
                SetParameter,
                Transaction,
                Update {
    Span span();
}
