/** HTTP semantics: methods, status codes, bodies, idempotency. */
@NullMarked
package dev.archforge.openapi.rules.http;

import org.jspecify.annotations.NullMarked;
