/** Error responses: RFC 9457 problem details and 4xx coverage. */
@NullMarked
package dev.archforge.openapi.rules.errors;

import org.jspecify.annotations.NullMarked;
