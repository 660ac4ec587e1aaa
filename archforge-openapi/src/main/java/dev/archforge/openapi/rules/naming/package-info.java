/** Naming and hierarchy of paths, parameters, properties and schemas. */
@NullMarked
package dev.archforge.openapi.rules.naming;

import org.jspecify.annotations.NullMarked;
