/**
 * What the API and the schema must agree on, derived once from the requirements: who owns a
 * record, which relation makes it part of a parent, what deleting a parent does, and the bounds of
 * each field type. Names come from {@link dev.archforge.design.plan.Names}.
 */
@NullMarked
package dev.archforge.design.artifact.domain;

import org.jspecify.annotations.NullMarked;
