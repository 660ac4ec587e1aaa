/** Rules about the document itself: duplicate keys, references, path templates. */
@NullMarked
package dev.archforge.openapi.rules.structure;

import org.jspecify.annotations.NullMarked;
