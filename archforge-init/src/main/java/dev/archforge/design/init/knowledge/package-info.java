/**
 * The knowledge base behind {@code archforge init}: common kinds of system ({@link
 * dev.archforge.design.init.knowledge.Domain}) and features ({@link
 * dev.archforge.design.init.knowledge.Capability}) with what they usually imply: actors, entities with
 * fields, relations, ownership and lifecycle, access patterns, events, risks and typical scale. The
 * knowledge is data: one YAML file per domain or capability under {@code domains/} and {@code
 * capabilities/} beside these classes (schema: {@code docs/knowledge-base.md}), listed in {@link
 * dev.archforge.design.init.knowledge.KnowledgeBase} and read by {@code KnowledgeReader}, which
 * refuses a malformed entry with its file, line and column.
 *
 * <p>Two placeholders let a capability attach to any domain: {@code @user} stands for the domain's
 * primary actor (also the relation name through which records belong to that user) and {@code @primary}
 * for its primary entity.
 */
@NullMarked
package dev.archforge.design.init.knowledge;

import org.jspecify.annotations.NullMarked;
