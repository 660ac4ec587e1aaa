/**
 * The {@code api/openapi.yaml} contributor: an OpenAPI 3.1 document built as ordered maps and lists
 * from the entities, their ownership and the access patterns, written with the YAML writer.
 */
@NullMarked
package dev.archforge.design.artifact.openapi;

import org.jspecify.annotations.NullMarked;
