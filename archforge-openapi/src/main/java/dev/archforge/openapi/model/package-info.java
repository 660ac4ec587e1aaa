/** The indexed view of an API that rules read: operations, parameters, schemas, usage. */
@NullMarked
package dev.archforge.openapi.model;

import org.jspecify.annotations.NullMarked;
