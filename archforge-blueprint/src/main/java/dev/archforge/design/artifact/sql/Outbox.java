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
 * The transactional outbox: a module writes its change and the event in one transaction, and a
 * relay publishes unpublished rows in id order, marking each published. The partial index holds
 * only the rows still waiting, so it stays small however long the history.
 */
final class Outbox {
    static final String TABLE = "outbox_events";

    private Outbox() {}

    static List<Ddl> build(Messaging messaging) {
        List<Column> columns = List.of(
                Column.identity("id", SqlType.BIGINT),
                Column.of("topic", SqlType.TEXT, true),
                Column.of("event_type", SqlType.TEXT, true),
                Column.of("aggregate_id", SqlType.BIGINT, true),
                Column.of("payload", SqlType.JSONB, true),
                Column.of("attempts", SqlType.INTEGER, true).withDefault(Expr.number(0)),
                Column.of("created_at", SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")),
                Column.of("published_at", SqlType.TIMESTAMPTZ, false));
        List<TableConstraint> constraints = new ArrayList<>();
        constraints.add(new TableConstraint.PrimaryKey(TABLE + "_pkey", List.of("id")));
        List<Topic> topics = messaging.topics();
        if (topics.isEmpty()) {
            constraints.add(lengthCheck("topic"));
        } else {
            constraints.add(new TableConstraint.Check(
                    TABLE + "_topic_check",
                    new Expr.In(
                            Expr.column("topic"),
                            topics.stream().map(t -> Expr.text(t.name())).toList())));
        }
        List<String> events = topics.stream().map(Topic::event).distinct().toList();
        constraints.add(
                events.isEmpty()
                        ? lengthCheck("event_type")
                        : new TableConstraint.Check(
                                TABLE + "_event_type_check",
                                new Expr.In(
                                        Expr.column("event_type"),
                                        events.stream().map(Expr::text).toList())));
        constraints.add(new TableConstraint.Check(
                TABLE + "_attempts_check", new Expr.Compare(Expr.column("attempts"), ">=", Expr.number(0))));
        return List.of(
                new Ddl.CreateTable(TABLE, columns, constraints),
                new Ddl.CreateIndex(
                        TABLE + "_unpublished_idx",
                        TABLE,
                        List.of(IndexKey.column("id")),
                        false,
                        Optional.of(new Expr.IsNull(Expr.column("published_at")))),
                new Ddl.Comment(
                        TABLE,
                        Optional.empty(),
                        "Transactional outbox: events written with the change that caused them, published by a"
                                + " relay in id order (" + messaging.broker().title() + ")."));
    }

    private static TableConstraint lengthCheck(String column) {
        return new TableConstraint.Check(
                TABLE + "_" + column + "_check",
                new Expr.Compare(Expr.call("char_length", Expr.column(column)), "<=", Expr.number(200)));
    }
}
