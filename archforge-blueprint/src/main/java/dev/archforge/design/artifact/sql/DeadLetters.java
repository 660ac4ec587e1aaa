package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.sql.ddl.Column;
import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Ddl.IndexKey;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.artifact.sql.ddl.TableConstraint;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dead-letter queues of the PostgreSQL job queue: a job that failed its last attempt is moved
 * here with its error, by queue, and stays until an operator replays it once the cause is fixed (the
 * runbook's replay sets {@code replayed_at} and re-enqueues the payload).
 */
final class DeadLetters {
    static final String TABLE = "dead_letters";

    private DeadLetters() {}

    static List<Ddl> build(Messaging messaging) {
        List<Topic> topics = messaging.topics().stream()
                .filter(t -> !t.deadLetter().isBlank())
                .toList();
        List<Column> columns = List.of(
                Column.identity("id", SqlType.BIGINT),
                Column.of("queue", SqlType.TEXT, true),
                Column.of("event_type", SqlType.TEXT, true),
                Column.of("payload", SqlType.JSONB, true),
                Column.of("error", SqlType.TEXT, true),
                Column.of("attempts", SqlType.INTEGER, true),
                Column.of("failed_at", SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")),
                Column.of("replayed_at", SqlType.TIMESTAMPTZ, false));
        List<TableConstraint> constraints = new ArrayList<>();
        constraints.add(new TableConstraint.PrimaryKey(TABLE + "_pkey", List.of("id")));
        constraints.add(SupportColumns.oneOf(
                TABLE,
                "queue",
                topics.stream().map(Topic::deadLetter).distinct().toList()));
        constraints.add(SupportColumns.oneOf(
                TABLE,
                "event_type",
                topics.stream().map(Topic::event).distinct().toList()));
        constraints.add(SupportColumns.maxLength(TABLE, "error", 4000));
        constraints.add(new TableConstraint.Check(
                TABLE + "_attempts_check", new Expr.Compare(Expr.column("attempts"), ">=", Expr.number(1))));
        int attempts = topics.stream().mapToInt(Topic::maxAttempts).max().orElse(1);
        return List.of(
                new Ddl.CreateTable(TABLE, columns, constraints),
                new Ddl.CreateIndex(
                        TABLE + "_waiting_idx",
                        TABLE,
                        List.of(IndexKey.column("queue"), IndexKey.column("id")),
                        false,
                        Optional.of(new Expr.IsNull(Expr.column("replayed_at")))),
                new Ddl.Comment(
                        TABLE,
                        Optional.empty(),
                        "Dead-letter queues of the job queue: jobs that failed " + attempts + " attempts, with the"
                                + " last error, kept until replayed."));
    }
}
