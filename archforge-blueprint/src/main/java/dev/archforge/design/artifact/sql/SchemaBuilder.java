package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.AppendOnly;
import dev.archforge.design.artifact.domain.Idempotency;
import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a design into the statements of the first migration, in an order PostgreSQL accepts: the
 * trigger function, the tenants table (with isolation), the entity tables in dependency order each
 * followed by its indexes, comments, trigger and policy, the join tables, foreign keys that close a
 * cycle, the outbox, and the tables the decisions need beside the entities: dead letters of the job
 * queue, idempotency keys, sessions, API keys of machine actors and the audit log.
 */
public final class SchemaBuilder {
    private SchemaBuilder() {}

    public static List<Ddl> build(Design design) {
        boolean tenants = design.architecture().security().tenantIsolation();
        List<Ddl> out = new ArrayList<>();
        out.add(new Ddl.Remark("Keeps updated_at true whatever code writes the row."));
        out.add(Audit.function());
        boolean audit = design.requirements().has(Feature.AUDIT);
        if (audit || design.requirements().entities().stream().anyMatch(AppendOnly::appendOnly)) {
            out.add(new Ddl.Remark("Rejects changes to append-only rows, except by a foreign key's ON DELETE action."));
            out.add(AppendOnlyTables.function());
        }
        Set<String> created = new LinkedHashSet<>();
        if (tenants) {
            out.add(new Ddl.Remark("Tenants: every other table's rows belong to one, enforced by row-level security."));
            out.add(Tenancy.table());
            out.add(Audit.trigger(Tenancy.TABLE));
            created.add(Tenancy.TABLE);
        }
        List<Ddl.AddConstraint> deferred = new ArrayList<>();
        List<Entity> entities = TableOrder.sort(design.requirements().entities());
        for (Entity entity : entities) {
            out.add(new Ddl.Remark(entity.name()));
            EntityTable.Result table = EntityTable.build(design, entity, created);
            out.addAll(table.statements());
            deferred.addAll(table.deferred());
            created.add(Names.table(entity.name()));
        }
        for (Entity entity : entities) {
            for (Relation r : entity.relations()) {
                if (r.kind() == RelationKind.MANY_TO_MANY) {
                    out.add(new Ddl.Remark(entity.name() + "." + r.name() + " (many-to-many " + r.target() + ")"));
                    out.addAll(JoinTable.build(new ReferenceKeys(design), entity, r, tenants));
                }
            }
        }
        if (!deferred.isEmpty()) {
            out.add(new Ddl.Remark("Foreign keys between tables that refer to each other"));
            out.addAll(deferred);
        }
        design.architecture().messaging().filter(m -> m.outbox()).ifPresent(m -> {
            out.add(new Ddl.Remark("Outbox"));
            out.addAll(Outbox.build(m));
        });
        design.architecture()
                .messaging()
                .filter(m -> m.broker() == Broker.POSTGRES_QUEUE)
                .filter(m -> m.topics().stream().anyMatch(t -> !t.deadLetter().isBlank()))
                .ifPresent(m -> {
                    out.add(new Ddl.Remark("Dead letters"));
                    out.addAll(DeadLetters.build(m));
                });
        if (Idempotency.used(design)) {
            out.add(new Ddl.Remark("Idempotency keys"));
            out.addAll(IdempotencyKeys.build(tenants));
        }
        if (design.architecture().security().method() == AuthMethod.SESSION_COOKIE) {
            out.add(new Ddl.Remark("Sessions"));
            out.addAll(Sessions.build(design));
        }
        List<String> machines = design.requirements().actors().stream()
                .filter(Actor::external)
                .map(Actor::name)
                .toList();
        if (!machines.isEmpty()) {
            out.add(new Ddl.Remark("API keys"));
            out.addAll(ApiKeys.build(machines, tenants));
        }
        if (audit) {
            out.add(new Ddl.Remark("Audit log"));
            out.addAll(AuditLog.build(
                    design.requirements().entities().stream().map(Entity::name).toList(),
                    design.requirements().actors().stream().map(Actor::name).toList(),
                    tenants));
        }
        return out;
    }

    /** The comment at the top of the file: what it is and the conventions it follows, with reasons. */
    public static List<String> header(Design design) {
        List<String> lines = new ArrayList<>(List.of(
                design.requirements().system().name() + ": initial PostgreSQL schema (Flyway migration V1__init.sql).",
                "Generated by Archforge from the design; later changes go in new migrations (V2__..., V3__...).",
                "",
                "Conventions:",
                "- Keys are bigint GENERATED ALWAYS AS IDENTITY: 8 bytes, inserted in order so B-tree indexes stay",
                "  compact and hot, assigned by the database alone. Ids are not secrets: every read checks the",
                "  record's owner, so guessing an id reveals nothing (random uuid keys would cost index locality).",
                "- Enumerations and lifecycle states are text with a CHECK (... IN (...)) constraint rather than",
                "  CREATE TYPE ... AS ENUM: a value is added or retired by replacing the constraint in any migration,",
                "  while an enum type can never drop a value and ALTER TYPE ... ADD VALUE cannot be used in the",
                "  transaction that adds it.",
                "- ON DELETE follows ownership: CASCADE from a record's owner or parent (erasing an account erases",
                "  its data), SET NULL for optional references, RESTRICT for required references to records",
                "  that live on their own.",
                "- Every foreign key has an index that leads with it, so deleting a parent and joining to it",
                "  never scans the child table.",
                "- Instants are timestamptz; decimals and money are numeric(p,s); strings are text with CHECK",
                "  (char_length(...) <= n) limits equal to the API's maxLength; e-mail addresses are unique",
                "  case-insensitively through a unique index on lower(email)."));
        if (!design.architecture().data().partitions().isEmpty()) {
            lines.add("- Tables split by time (hypertables or monthly partitions) have the split column in their");
            lines.add("  primary key and every unique key, as PostgreSQL and TimescaleDB require; a reference to one");
            lines.add("  carries that column too.");
        }
        if (design.architecture().security().tenantIsolation()) {
            lines.add("- Every table carries tenant_id; row-level security shows a session only the rows of the");
            lines.add("  tenant it set with SET app.tenant_id, and the application must not connect as a superuser");
            lines.add("  or with BYPASSRLS. Foreign keys include tenant_id and reference a unique (tenant_id, id),");
            lines.add("  since foreign-key checks see every tenant's rows: a row can only point into its own tenant.");
        }
        return lines;
    }
}
