/** Pagination of collection reads. */
@NullMarked
package dev.archforge.openapi.rules.pagination;

import org.jspecify.annotations.NullMarked;
