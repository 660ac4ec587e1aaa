/** Reading OpenAPI documents, their external references, and endpoint lists. */
@NullMarked
package dev.archforge.openapi.load;

import org.jspecify.annotations.NullMarked;
