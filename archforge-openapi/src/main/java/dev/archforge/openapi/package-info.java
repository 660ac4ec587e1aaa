/** Review of OpenAPI documents and endpoint lists: {@link dev.archforge.openapi.OpenApiReviewer}. */
@NullMarked
package dev.archforge.openapi;

import org.jspecify.annotations.NullMarked;
